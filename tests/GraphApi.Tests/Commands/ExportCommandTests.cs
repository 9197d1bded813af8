using System.Text.Json;
using GraphApi.Commands;

namespace GraphApi.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("graphapi-export-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Export(string name)
    {
        var path = Path.Combine(_folder, name);
        Assert.Equal(0, ExportCommand.Run(["--format", "json", "--out", path, "--seeds", RepoPaths.Seeds], new StringWriter()));
        return path;
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

        var error = Assert.Throws<CommandLineException>(() => ExportCommand.Run(["--format", "xml", "--out", path], new StringWriter()));

        Assert.Equal("--format: 'xml' is not a known format; expected json", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void The_output_file_is_required()
    {
        var error = Assert.Throws<CommandLineException>(() => ExportCommand.Run(["--format", "json"], new StringWriter()));

        Assert.Equal("option '--out' is required", error.Message);
    }
}
