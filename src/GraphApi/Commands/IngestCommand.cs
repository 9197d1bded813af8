using GraphApi.Corpus;
using GraphApi.Corpus.Documents;
using Spectre.Console;

namespace GraphApi.Commands;

/// <summary><c>ingest [--seeds DIR]</c>: builds the graph and prints its counts per label and relationship type, and every warning.</summary>
public static class IngestCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = new Arguments(args, "--seeds");
        var seeds = SeedsFolder.Find(options["--seeds"]);
        var result = CommandProgress.For(output).Step($"reading the corpus in {seeds}", () => CorpusIngestor.Ingest(seeds));
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(IngestSummary.Table(result));
        foreach (var diagnostic in result.Diagnostics)
            output.WriteLine(diagnostic.ToString());
        return result.Diagnostics.Any(d => d.Severity == Severity.Error) ? 1 : 0;
    }
}
