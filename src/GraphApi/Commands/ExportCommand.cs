using GraphApi.Corpus;
using GraphApi.Graph.Export;

namespace GraphApi.Commands;

/// <summary><c>export --format json --out FILE [--seeds DIR]</c>: writes the whole graph in APOC's JSON export shape.</summary>
public static class ExportCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var options = new Arguments(args, "--format", "--out", "--seeds");
        var format = options["--format"] ?? "json";
        if (format != "json") throw new CommandLineException($"--format: '{format}' is not a known format; expected json");
        var path = options.Required("--out");
        var result = CorpusIngestor.Ingest(SeedsFolder.Find(options["--seeds"]));
        // Written to a temporary file first, so that a failed export never leaves half a file behind.
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary)) ApocJsonWriter.Write(result.Graph, stream);
        File.Move(temporary, path, overwrite: true);
        output.WriteLine($"wrote {result.Graph.Nodes.Count} nodes and {result.Graph.Relationships.Count} relationships to {path}");
        return 0;
    }
}
