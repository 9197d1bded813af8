using GraphApi.Commands;

namespace GraphApi.Tests.Commands;

/// <summary>Runs the program's command line as <c>Program</c> does, with its output and errors captured.</summary>
public static class Cli
{
    public static CliResult Run(string[] args, TextWriter? output = null, Func<string, string?>? environment = null) =>
        RunAsync(args, output, environment).GetAwaiter().GetResult();

    public static async Task<CliResult> RunAsync(string[] args, TextWriter? output = null, Func<string, string?>? environment = null)
    {
        output ??= new StringWriter();
        var error = new StringWriter();
        string[]? served = null;
        var exitCode = await CommandLine.RunAsync(args, output, error, serve: host => served = host, environment ?? (_ => null));
        return new CliResult(exitCode, output.ToString()!, error.ToString(), served);
    }
}

/// <param name="Served">The host's arguments when the command line asked to serve; null otherwise.</param>
public sealed record CliResult(int ExitCode, string Output, string Error, string[]? Served)
{
    /// <summary>The first line of the error output without its <c>error: </c> prefix.</summary>
    public string Message => Error.Split('\n')[0].Replace("error: ", "", StringComparison.Ordinal).TrimEnd();
}
