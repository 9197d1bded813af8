using System.ComponentModel;
using GraphApi.Corpus;
using GraphApi.Corpus.Documents;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GraphApi.Commands;

/// <summary><c>ingest [--seeds DIR]</c>: builds the graph and prints its counts per label and relationship type, and every warning.</summary>
public static class IngestCommand
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--seeds <DIR>")]
        [Description(SeedsFolder.Help)]
        public string? Seeds { get; init; }
    }

    public static int Run(Settings settings, TextWriter output)
    {
        var seeds = SeedsFolder.Find(settings.Seeds);
        var result = CommandProgress.For(output).Step($"reading the corpus in {seeds}", () => CorpusIngestor.Ingest(seeds));
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) }).Write(IngestSummary.Table(result));
        foreach (var diagnostic in result.Diagnostics)
            output.WriteLine(diagnostic.ToString());
        return result.Diagnostics.Any(d => d.Severity == Severity.Error) ? 1 : 0;
    }
}
