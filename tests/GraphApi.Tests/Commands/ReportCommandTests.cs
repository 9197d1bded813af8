using System.Diagnostics;
using GraphApi.Commands;

namespace GraphApi.Tests.Commands;

public sealed class ReportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphapi-report-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Writes_the_markdown_report_of_the_clause()
    {
        var path = Path.Combine(_folder, "3.2.3.md");
        var output = new StringWriter();

        Assert.Equal(0, (await Cli.RunAsync(["report", "--clause", "3.2.3", "--out", path, "--seeds", RepoPaths.Seeds], output)).ExitCode);

        var report = File.ReadAllText(path);
        Assert.StartsWith("# Evaluatie van de uitvoering van het Vlaams Regeerakkoord 2019-2024: 3.2.3", report);
        Assert.Contains("## Belofte 13: Alle briefwisseling", report);
        Assert.Contains("**[\\[0\\]](http://themis.vlaanderen.be/id/resource/950bdbd0-4926-11ec-94bb-99a9d1e168fe)** : **(2020-11-27)**", report);
        Assert.Equal($"wrote the report of clause 3.2.3 to {path}", output.ToString().Trim());
    }

    [Fact]
    public async Task An_unknown_clause_is_refused_naming_the_clauses_there_are_and_nothing_is_written()
    {
        var path = Path.Combine(_folder, "9.9.9.md");

        var result = await Cli.RunAsync(["report", "--clause", "9.9.9", "--out", path, "--seeds", RepoPaths.Seeds]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--clause: there is no clause '9.9.9' in the graph; it has 3.2.3", result.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_program_ends_an_unknown_clause_with_exit_code_2_and_the_error()
    {
        var program = Path.Combine(AppContext.BaseDirectory, "GraphApi.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { program, "report", "--clause", "9.9.9", "--out", Path.Combine(_folder, "x.md"), "--seeds", RepoPaths.Seeds })
            start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(2, process.ExitCode);
        Assert.Equal("error: --clause: there is no clause '9.9.9' in the graph; it has 3.2.3", error.Trim());
    }
}
