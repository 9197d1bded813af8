using GraphApi.Corpus;
using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Reports;
using GraphApi.Stores.Embedded;

namespace GraphApi.Commands;

/// <summary>
/// <c>report --clause NUMBER --out FILE [--format markdown] [--seeds DIR]</c>: writes the evaluation of a
/// clause in the published evaluation's format, made from the graph as the API's <c>Clause.report</c> is.
/// </summary>
public static class ReportCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output)
    {
        var options = new Arguments(args, "--clause", "--out", "--format", "--seeds");
        var format = options["--format"] ?? "markdown";
        if (!format.Equals("markdown", StringComparison.OrdinalIgnoreCase))
            throw new CommandLineException($"--format: '{format}' is not a known format; expected markdown");
        var number = options.Required("--clause");
        var path = options.Required("--out");
        var graph = CorpusIngestor.Ingest(SeedsFolder.Find(options["--seeds"])).Graph;
        var report = await ClauseReport.MarkdownAsync(new StoreLoader(new EmbeddedGraphStore(graph)), number, CancellationToken.None)
            ?? throw new CommandLineException($"--clause: there is no clause '{number}' in the graph; it has {string.Join(", ", graph.NodesLabelled(NodeLabel.Clause).Select(c => c.Get<string>("number")))}");
        File.WriteAllText(path, report);
        output.WriteLine($"wrote the report of clause {number} to {path}");
        return 0;
    }
}
