using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using GraphApi.Commands;
using GraphApi.Graph.Export;

namespace GraphApi.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphapi-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Export(string name, string format = "json", TextWriter? output = null)
    {
        var path = Path.Combine(_folder, name);
        Assert.Equal(0, Cli.Run(["export", "--format", format, "--out", path, "--seeds", RepoPaths.Seeds], output).ExitCode);
        return path;
    }

    private static (int Nodes, int Relationships) JsonCounts(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return (json.RootElement.GetProperty("nodes").GetArrayLength(), json.RootElement.GetProperty("relationships").GetArrayLength());
    }

    [Fact]
    public void Writes_the_graph_as_apoc_json_whose_relationships_join_its_nodes()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Export("graph.json")));

        var ids = json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        var relationships = json.RootElement.GetProperty("relationships").EnumerateArray().ToList();
        Assert.Contains("agency:digitaal-vlaanderen", ids);
        Assert.NotEmpty(relationships);
        Assert.All(relationships, r =>
        {
            Assert.Contains(r.GetProperty("start").GetString(), ids);
            Assert.Contains(r.GetProperty("end").GetString(), ids);
        });
    }

    [Fact]
    public void Exporting_the_same_corpus_twice_gives_byte_identical_files()
    {
        Assert.Equal(File.ReadAllBytes(Export("first.json")), File.ReadAllBytes(Export("second.json")));
    }

    [Fact]
    public void An_unknown_format_is_refused_and_nothing_is_written()
    {
        var path = Path.Combine(_folder, "graph.xml");

        var result = Cli.Run(["export", "--format", "xml", "--out", path]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--format: 'xml' is not a known format; expected one of json, csv, graphml, cypher", result.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_output_file_is_required()
    {
        var result = Cli.Run(["export", "--format", "json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("option '--out' is required", result.Message);
    }

    [Fact]
    public void The_graphml_export_of_the_corpus_parses_back_to_the_graph_of_the_json_export()
    {
        XNamespace g = GraphMlWriter.Namespace;
        var graphml = XDocument.Load(Export("graph.graphml", "graphml"));
        using var json = JsonDocument.Parse(File.ReadAllBytes(Export("graph.json")));

        var keys = graphml.Root!.Elements(g + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        string Id(XElement element) => element.Elements(g + "data").Single(d => keys[(string)d.Attribute("key")!] == "id").Value;
        var nodes = graphml.Descendants(g + "node").ToDictionary(n => (string)n.Attribute("id")!, Id);
        Assert.Equal(json.RootElement.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()), nodes.Values);
        var edges = graphml.Descendants(g + "edge").Select(e => (Id(e), nodes[(string)e.Attribute("source")!], nodes[(string)e.Attribute("target")!]));
        Assert.Equal(json.RootElement.GetProperty("relationships").EnumerateArray()
            .Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("start").GetString()!, r.GetProperty("end").GetString()!)), edges);
        // Every property name of the JSON export has its key, for nodes and for edges.
        var nodeKeys = graphml.Root.Elements(g + "key").Where(k => (string)k.Attribute("for")! == "node").Select(k => (string)k.Attribute("attr.name")!).ToHashSet();
        var jsonNodeProperties = json.RootElement.GetProperty("nodes").EnumerateArray()
            .SelectMany(n => n.GetProperty("properties").EnumerateObject().Where(p => p.Value.ValueKind != JsonValueKind.Null).Select(p => p.Name)).ToHashSet();
        Assert.Subset(nodeKeys, jsonNodeProperties);
    }

    [Fact]
    public void The_csv_export_has_a_row_per_node_and_relationship_and_its_relationships_join_its_nodes()
    {
        var folder = Export("csv", "csv");
        var (nodes, relationships) = JsonCounts(Export("graph.json"));

        var nodeRows = Directory.GetFiles(Path.Combine(folder, "nodes"), "*.csv").SelectMany(ReadCsv).ToList();
        var relationshipRows = Directory.GetFiles(Path.Combine(folder, "relationships"), "*.csv").SelectMany(ReadCsv).ToList();
        Assert.Equal(nodes, nodeRows.Count);
        Assert.Equal(relationships, relationshipRows.Count);
        var ids = nodeRows.Select(r => r["id"]).ToHashSet();
        Assert.All(relationshipRows, r => Assert.True(ids.Contains(r["start"]) && ids.Contains(r["end"]), $"{r["id"]} does not join"));
        Assert.Equal(59, ReadCsv(Path.Combine(folder, "nodes", "Decision.csv")).Count);
    }

    /// <summary>The rows of a CSV file by header, read by CsvHelper (quoted cells may hold line breaks).</summary>
    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var parser = new CsvHelper.CsvParser(new StreamReader(path, System.Text.Encoding.UTF8), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(parser.Read());
        var header = parser.Record!;
        var rows = new List<Dictionary<string, string>>();
        while (parser.Read())
        {
            var cells = parser.Record!;
            Assert.Equal(header.Length, cells.Length);
            rows.Add(header.Zip(cells).ToDictionary(p => p.First, p => p.Second));
        }
        return rows;
    }

    [Fact]
    public void A_csv_export_to_a_zip_file_holds_the_same_files_as_the_folder()
    {
        var folder = Export("csv", "csv");
        var zip = Export("graph.zip", "csv");

        using var archive = ZipFile.OpenRead(zip);
        var fromFolder = Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order().ToList();
        Assert.Equal(fromFolder, archive.Entries.Select(e => e.FullName).Order());
        using var reader = new StreamReader(archive.GetEntry("nodes/Agency.csv")!.Open());
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "nodes", "Agency.csv")), reader.ReadToEnd());
    }

    [Fact]
    public void The_cypher_export_writes_every_node_id_as_a_literal()
    {
        var script = File.ReadAllText(Export("graph.cypher", "cypher"));

        Assert.StartsWith("// ", script);
        Assert.Contains("MERGE (n:Node {id: row.id}) SET n = row.properties, n:`Decision`", script);
        Assert.Contains("'agency:digitaal-vlaanderen'", script);
    }

    [Fact]
    public void Without_a_terminal_the_export_reports_its_steps_as_plain_lines()
    {
        var output = new StringWriter();
        var path = Export("graph.graphml", "graphml", output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Matches(@"^reading the corpus in .+ \.\.\.$", lines[0]);
        Assert.Matches(@"^reading the corpus in .+: done in \d+\.\d s$", lines[1]);
        Assert.Equal($"writing graphml to {path} ...", lines[2]);
        Assert.Matches(@"^writing graphml to .+: done in \d+\.\d s$", lines[3]);
        Assert.StartsWith("wrote ", lines[^1]);
        Assert.DoesNotContain('\u001b', output.ToString());
    }

    [Fact]
    public void A_csv_export_reports_the_files_written_out_of_all()
    {
        var output = new StringWriter();
        var folder = Export("csv", "csv", output);

        var files = Directory.GetFiles(folder, "*.csv", SearchOption.AllDirectories).Length;
        Assert.Contains($"writing csv to {folder}: {files} of {files}\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
