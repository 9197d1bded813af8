using System.Globalization;
using System.Text;
using CsvParser = CsvHelper.CsvParser;
using GraphApi.Graph.Export;

namespace GraphApi.Graph.Tests;

public class CsvWriterTests
{
    private static KnowledgeGraph Graph()
    {
        var graph = new GraphBuilder();
        var quote = new Evidence("document:000", 42, "Het \"Facilitair\" Bedrijf, Brussel");
        graph.AddNode("agency:facilitair-bedrijf", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Het Facilitair Bedrijf", ["aliases"] = new List<string> { "HFB", "a, b" } }, quote);
        graph.AddNode("agency:athumi", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Athumi", ["type"] = "bedrijf" }, quote);
        graph.AddNode("decision:000-23", NodeLabel.Decision, new Dictionary<string, object?> { ["sourceIndex"] = 23L, ["title"] = "Regel één\nregel twee", ["confidence"] = 0.5 }, quote);
        graph.AddRelationship(RelationshipType.Fulfills, "decision:000-23", "agency:athumi", new Dictionary<string, object?> { ["basis"] = "cited", ["confidence"] = 1.0 }, quote);
        return graph.Build();
    }

    private static string Write(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The rows as CsvHelper, a reader of its own, reads them back: what a spreadsheet would read.</summary>
    private static List<List<string>> Parse(string csv)
    {
        using var parser = new CsvParser(new StringReader(csv), CultureInfo.InvariantCulture);
        var rows = new List<List<string>>();
        while (parser.Read())
            rows.Add([.. parser.Record!]);
        return rows;
    }

    [Fact]
    public void A_label_file_has_one_header_row_with_every_property_of_the_label_and_a_row_per_node()
    {
        var rows = Parse(Write(s => CsvWriter.WriteNodes(Graph(), NodeLabel.Agency, s)));

        Assert.Equal(["id", "aliases", "name", "type", "sources"], rows[0]);
        Assert.Equal(3, rows.Count);
        Assert.Equal(["agency:athumi", "", "Athumi", "bedrijf"], rows[1].Take(4));
        Assert.Equal("""["HFB","a, b"]""", rows[2][1]);
        Assert.Equal("""[{"document":"document:000","offset":42,"quote":"Het \"Facilitair\" Bedrijf, Brussel"}]""", rows[2][4]);
    }

    [Fact]
    public void Quotes_commas_and_line_breaks_survive_a_round_trip()
    {
        var rows = Parse(Write(s => CsvWriter.WriteNodes(Graph(), NodeLabel.Decision, s)));

        Assert.Equal(["id", "confidence", "sourceIndex", "title", "sources"], rows[0]);
        Assert.Equal(["decision:000-23", "0.5", "23", "Regel één\nregel twee"], rows[1].Take(4));
    }

    [Fact]
    public void A_relationship_file_joins_the_node_files_by_start_and_end()
    {
        var graph = Graph();
        var rows = Parse(Write(s => CsvWriter.WriteRelationships(graph, RelationshipType.Fulfills, s)));
        var nodeIds = CsvWriter.Labels(graph).SelectMany(l => Parse(Write(s => CsvWriter.WriteNodes(graph, l, s))).Skip(1).Select(r => r[0])).ToHashSet();

        Assert.Equal(["id", "start", "end", "basis", "confidence", "sources"], rows[0]);
        var row = Assert.Single(rows.Skip(1));
        Assert.Contains(row[1], nodeIds);
        Assert.Contains(row[2], nodeIds);
        Assert.Equal(["cited", "1"], row.Skip(3).Take(2));
    }

    [Fact]
    public void Files_are_utf8_without_a_byte_order_mark_and_end_rows_with_crlf()
    {
        using var stream = new MemoryStream();
        CsvWriter.WriteNodes(Graph(), NodeLabel.Decision, stream);
        var bytes = stream.ToArray();

        Assert.Equal((byte)'i', bytes[0]);
        Assert.Contains("één", Encoding.UTF8.GetString(bytes));
        Assert.EndsWith("\r\n", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Writes_a_file_per_label_and_per_relationship_type()
    {
        var names = new List<string>();
        CsvWriter.WriteAll(Graph(), name => { names.Add(name); return new MemoryStream(); });

        Assert.Equal(["nodes/Agency.csv", "nodes/Decision.csv", "relationships/FULFILLS.csv"], names);
    }
}
