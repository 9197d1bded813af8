using System.ComponentModel;
using System.IO.Compression;
using GraphApi.Corpus;
using GraphApi.Graph;
using GraphApi.Graph.Export;
using GraphApi.Stores.Neo4j;
using Spectre.Console.Cli;

namespace GraphApi.Commands;

/// <summary>
/// <c>export --format json|csv|graphml|cypher --out PATH [--seeds DIR]</c>: writes the whole graph. json is APOC's
/// export shape, graphml opens in Gephi and yEd, cypher recreates the graph in an empty Neo4j, and csv writes a
/// file per label and per relationship type into the folder PATH, or into the zip file PATH when it ends in .zip.
/// </summary>
public static class ExportCommand
{
    public const string Formats = "json, csv, graphml, cypher";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description($"One of {Formats}")]
        [DefaultValue("json")]
        public string Format { get; init; } = "json";

        [CommandOption("--out <PATH>")]
        [Description("The file to write, or for csv a folder or a .zip file (required)")]
        public string? Out { get; init; }

        [CommandOption("--seeds <DIR>")]
        [Description(SeedsFolder.Help)]
        public string? Seeds { get; init; }
    }

    public static int Run(Settings settings, TextWriter output)
    {
        var format = settings.Format;
        if (format is not ("json" or "csv" or "graphml" or "cypher"))
            throw new CommandLineException($"--format: '{format}' is not a known format; expected one of {Formats}");
        var path = settings.Out ?? throw CommandLineException.Missing("--out");
        var seeds = SeedsFolder.Find(settings.Seeds);
        var progress = CommandProgress.For(output);
        var graph = progress.Step($"reading the corpus in {seeds}", () => CorpusIngestor.Ingest(seeds).Graph);
        progress.Step($"writing {format} to {path}", report =>
        {
            if (format == "csv") WriteCsv(graph, path, report);
            else WriteFile(path, stream => Write(format, graph, stream));
        });
        output.WriteLine($"wrote {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships to {path}");
        return 0;
    }

    private static void Write(string format, KnowledgeGraph graph, Stream stream)
    {
        switch (format)
        {
            case "json": ApocJsonWriter.Write(graph, stream); break;
            case "graphml": GraphMlWriter.Write(graph, stream); break;
            default:
                using (var writer = new StreamWriter(stream, leaveOpen: true)) CypherScriptWriter.Write(graph, writer);
                break;
        }
    }

    // Written to a temporary file first, so that a failed export never leaves half a file behind.
    private static void WriteFile(string path, Action<Stream> write)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary)) write(stream);
        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteCsv(KnowledgeGraph graph, string path, IProgress<(int Done, int Total)> report)
    {
        var total = CsvWriter.Labels(graph).Count + CsvWriter.Types(graph).Count;
        var done = 0;
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            WriteFile(path, stream =>
            {
                using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
                CsvWriter.WriteAll(graph, name =>
                {
                    report.Report((done++, total));
                    return zip.CreateEntry(name).Open();
                });
            });
        }
        else
        {
            CsvWriter.WriteAll(graph, name =>
            {
                report.Report((done++, total));
                var file = Path.Combine(path, name);
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                return File.Create(file);
            });
        }
        report.Report((total, total));
    }
}
