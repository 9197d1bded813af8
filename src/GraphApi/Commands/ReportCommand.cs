using System.ComponentModel;
using GraphApi.Corpus;
using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Reports;
using GraphApi.Stores.Embedded;
using Spectre.Console.Cli;

namespace GraphApi.Commands;

/// <summary>
/// <c>report --clause NUMBER --out FILE [--format markdown] [--seeds DIR]</c>: writes the evaluation of a
/// clause in the published evaluation's format, made from the graph as the API's <c>Clause.report</c> is.
/// </summary>
public static class ReportCommand
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--clause <NUMBER>")]
        [Description("The clause's number, e.g. 3.2.3 (required)")]
        public string? Clause { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Where to write the report (required)")]
        public string? Out { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("markdown, the only format")]
        [DefaultValue("markdown")]
        public string Format { get; init; } = "markdown";

        [CommandOption("--seeds <DIR>")]
        [Description(SeedsFolder.Help)]
        public string? Seeds { get; init; }
    }

    public static async Task<int> RunAsync(Settings settings, TextWriter output)
    {
        var format = settings.Format;
        if (!format.Equals("markdown", StringComparison.OrdinalIgnoreCase))
            throw new CommandLineException($"--format: '{format}' is not a known format; expected markdown");
        var number = settings.Clause ?? throw CommandLineException.Missing("--clause");
        var path = settings.Out ?? throw CommandLineException.Missing("--out");
        var graph = CorpusIngestor.Ingest(SeedsFolder.Find(settings.Seeds)).Graph;
        var report = await ClauseReport.MarkdownAsync(new StoreLoader(new EmbeddedGraphStore(graph)), number, CancellationToken.None)
            ?? throw new CommandLineException($"--clause: there is no clause '{number}' in the graph; it has {string.Join(", ", graph.NodesLabelled(NodeLabel.Clause).Select(c => c.Get<string>("number")))}");
        File.WriteAllText(path, report);
        output.WriteLine($"wrote the report of clause {number} to {path}");
        return 0;
    }
}
