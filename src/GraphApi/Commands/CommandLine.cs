using GraphApi.Corpus.Documents;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GraphApi.Commands;

/// <summary>
/// The program's command line, parsed by Spectre.Console.Cli (Spectre.Console already draws the progress bars and
/// tables): <c>serve</c> (the default), <c>ingest</c>, <c>export</c>, <c>schema</c>, <c>load</c>, <c>report</c>, each
/// with <c>--help</c>. A command line that cannot be carried out (unknown command or option, a bad value) exits 2
/// with the error and how to get the usage.
/// </summary>
public static class CommandLine
{
    public const string Name = "GraphApi";

    private static readonly string[] HelpFlags = ["--help", "-h", "-?"];

    /// <summary>
    /// Runs the command in <paramref name="args"/>. Serving is left to the caller, which owns the web host: for
    /// <c>serve</c>, or no command, <paramref name="serve"/> is handed the host's arguments (ASP.NET Core settings
    /// such as <c>--urls URL</c> or <c>--Graph:Store neo4j</c>, which no fixed list of options could name) and the
    /// result is 0.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Action<string[]> serve, Func<string, string?>? environment = null)
    {
        if (ServeArguments(args) is { } host)
        {
            serve(host);
            return 0;
        }
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName(Name);
            config.UseStrictParsing();
            config.ConfigureConsole(AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(output),
                Ansi = output == Console.Out ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = output == Console.Out ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            }));
            config.UseAssemblyInformationalVersion();
            config.SetExceptionHandler((exception, _) =>
            {
                if (exception is not (CommandLineException or CorpusFormatException or CommandAppException))
                {
                    error.WriteLine("error: " + exception);
                    return 1;
                }
                error.WriteLine("error: " + exception.Message);
                // Spectre's parse errors: an unknown command or option, a value of the wrong type.
                if (exception is CommandAppException)
                    error.WriteLine($"usage: {Name} [COMMAND] [OPTIONS]; '{Name} --help' lists the commands, '{Name} COMMAND --help' their options");
                return 2;
            });
            config.AddAsyncDelegate<ServeSettings>("serve", (_, _, _) => Task.FromResult(0))
                .WithDescription(ServeSettings.Description)
                .WithExample("serve")
                .WithExample("serve", "--urls", "http://0.0.0.0:8080", "--Graph:Store", "neo4j", "--Neo4j:Uri", "http://localhost:7474");
            config.AddDelegate<IngestCommand.Settings>("ingest", (_, settings, _) => IngestCommand.Run(settings, output))
                .WithDescription("Builds the graph from the seeds and prints its counts per label and relationship type, and every warning of the ingest.")
                .WithExample("ingest");
            config.AddDelegate<ExportCommand.Settings>("export", (_, settings, _) => ExportCommand.Run(settings, output))
                .WithDescription($"Writes the whole graph built from the seeds as {ExportCommand.Formats}. csv writes a file per label and per relationship type into the folder PATH, or into a zip file when PATH ends in .zip.")
                .WithExample("export", "--format", "json", "--out", "graph.json")
                .WithExample("export", "--format", "csv", "--out", "graph.zip");
            config.AddDelegate<SchemaCommand.Settings>("schema", (_, settings, _) => SchemaCommand.Run(settings, output))
                .WithDescription("Writes the GraphQL schema as SDL, as the running API serves it.")
                .WithExample("schema", "--out", "schema/schema.graphql");
            config.AddAsyncDelegate<LoadCommand.Settings>("load", (_, settings, _) => LoadCommand.RunAsync(settings, output, error, environment))
                .WithDescription("Builds the graph from the seeds and loads it into Neo4j through the HTTP Query API, replacing the graph there. The user and password default to NEO4J_USER and NEO4J_PASSWORD.")
                .WithExample("load", "--neo4j", "http://localhost:7474");
            config.AddAsyncDelegate<ReportCommand.Settings>("report", (_, settings, _) => ReportCommand.RunAsync(settings, output))
                .WithDescription("Writes the evaluation of a clause as markdown, in the published evaluation's format.")
                .WithExample("report", "--clause", "3.2.3", "--out", "report-3.2.3.md");
        });
        return await app.RunAsync(args);
    }

    /// <summary>The host's arguments when <paramref name="args"/> ask to serve (and not for help); null otherwise.</summary>
    private static string[]? ServeArguments(string[] args)
    {
        var host = args switch
        {
            [] => args,
            ["serve", .. var rest] => rest,
            // Settings without a command, as `dotnet GraphApi.dll --urls URL` has always been run.
            [var first, ..] when first.StartsWith("--", StringComparison.Ordinal) && !HelpFlags.Contains(first) && first != "--version" => args,
            _ => null,
        };
        return host is not null && !host.Any(HelpFlags.Contains) ? host : null;
    }
}
