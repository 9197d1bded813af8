using System.Text;
using System.Text.Json;
using GraphApi.Graph.Export;

namespace GraphApi.Graph.Tests;

public class ApocJsonWriterTests
{
    private static KnowledgeGraph Graph()
    {
        var graph = new GraphBuilder();
        var quote = new Evidence("document:000", 42, "Het Facilitair Bedrijf");
        graph.AddNode("agency:facilitair-bedrijf", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Het Facilitair Bedrijf", ["aliases"] = new List<string> { "HFB" } }, quote);
        graph.AddNode("decision:000-23", NodeLabel.Decision, new Dictionary<string, object?> { ["sourceIndex"] = 23L, ["date"] = null, ["confidence"] = 0.5 }, quote);
        graph.AddRelationship(RelationshipType.Involves, "decision:000-23", "agency:facilitair-bedrijf", quote);
        return graph.Build();
    }

    private static string Write(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        ApocJsonWriter.Write(graph, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Writes_nodes_and_relationships_in_the_apoc_export_shape_with_their_evidence()
    {
        using var json = JsonDocument.Parse(Write(Graph()));

        var node = json.RootElement.GetProperty("nodes")[0];
        Assert.Equal("agency:facilitair-bedrijf", node.GetProperty("id").GetString());
        Assert.Equal("Agency", node.GetProperty("labels")[0].GetString());
        Assert.Equal("HFB", node.GetProperty("properties").GetProperty("aliases")[0].GetString());
        var source = node.GetProperty("properties").GetProperty("sources")[0];
        Assert.Equal(42, source.GetProperty("offset").GetInt32());
        var relationship = json.RootElement.GetProperty("relationships")[0];
        Assert.Equal("INVOLVES", relationship.GetProperty("type").GetString());
        Assert.Equal("decision:000-23", relationship.GetProperty("start").GetString());
        Assert.Equal("agency:facilitair-bedrijf", relationship.GetProperty("end").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("nodes")[1].GetProperty("properties").GetProperty("date").ValueKind);
    }

    [Fact]
    public void Keeps_dutch_letters_readable_instead_of_escaping_them()
    {
        var graph = new GraphBuilder();
        graph.AddNode("agency:financien", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Financiën" }, new Evidence("document:003", 0, "Financién"));

        var json = Write(graph.Build());

        Assert.Contains("\"Financiën\"", json);
        Assert.Contains("\"Financién\"", json);
    }

    [Fact]
    public void Writing_the_same_graph_twice_gives_the_same_bytes()
    {
        Assert.Equal(Write(Graph()), Write(Graph()));
    }

    [Fact]
    public void Refuses_a_property_value_it_cannot_write()
    {
        var graph = new GraphBuilder();
        graph.AddNode("x:1", NodeLabel.Agency, new Dictionary<string, object?> { ["when"] = DateTime.UnixEpoch }, new Evidence("d", 0, "q"));

        var error = Assert.Throws<NotSupportedException>(() => Write(graph.Build()));
        Assert.Contains("DateTime", error.Message);
    }
}
