using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using GraphApi.Graph.Export;

namespace GraphApi.Graph.Tests;

public class GraphMlWriterTests
{
    private static readonly XNamespace G = GraphMlWriter.Namespace;

    private static KnowledgeGraph Graph()
    {
        var graph = new GraphBuilder();
        var quote = new Evidence("document:000", 42, "<Het> \"Facilitair\" & Bedrijf");
        graph.AddNode("agency:facilitair-bedrijf", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Het Facilitair Bedrijf", ["aliases"] = new List<string> { "HFB" } }, quote);
        graph.AddNode("objective:digitalisering/od1.1", NodeLabel.Objective, new Dictionary<string, object?> { ["number"] = "OD1.1", ["title"] = null }, quote);
        graph.AddNode("decision:000-23", NodeLabel.Decision, new Dictionary<string, object?> { ["sourceIndex"] = 23L, ["title"] = "Besluit", ["confidence"] = 0.5 }, quote);
        graph.AddRelationship(RelationshipType.Fulfills, "decision:000-23", "objective:digitalisering/od1.1", new Dictionary<string, object?> { ["basis"] = "cited", ["confidence"] = 1.0 }, quote);
        graph.AddRelationship(RelationshipType.Involves, "decision:000-23", "agency:facilitair-bedrijf", quote);
        return graph.Build();
    }

    private static XDocument Write(KnowledgeGraph graph)
    {
        using var stream = new MemoryStream();
        GraphMlWriter.Write(graph, stream);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    [Fact]
    public void Parses_back_to_the_same_nodes_edges_and_evidence()
    {
        var graph = Graph();
        var xml = Write(graph);

        var nodes = xml.Descendants(G + "node").ToDictionary(n => (string)n.Attribute("id")!, n => Data(n));
        Assert.Equal(graph.Nodes.Select(n => n.Id), nodes.Values.Select(d => d["id"]));
        var byGraphMlId = nodes.ToDictionary(n => n.Key, n => n.Value["id"]);
        var edges = xml.Descendants(G + "edge").Select(e => (Source: byGraphMlId[(string)e.Attribute("source")!], Target: byGraphMlId[(string)e.Attribute("target")!], Data: Data(e))).ToList();
        Assert.Equal(graph.Relationships.Select(r => (r.Start, r.End, r.Type)), edges.Select(e => (e.Source, e.Target, e.Data["type"])));

        var decision = nodes.Values.Single(d => d["id"] == "decision:000-23");
        Assert.Equal(":Decision", decision["labels"]);
        Assert.Equal("Besluit", decision["label"]);
        Assert.Equal("23", decision["sourceIndex"]);
        Assert.Equal("""[{"document":"document:000","offset":42,"quote":"<Het> \"Facilitair\" & Bedrijf"}]""", decision["sources"]);
        Assert.Equal("""["HFB"]""", nodes.Values.Single(d => d["id"] == "agency:facilitair-bedrijf")["aliases"]);
        Assert.Equal("cited", edges[0].Data["basis"]);
    }

    [Fact]
    public void Every_id_is_an_xml_name_token_and_every_data_names_a_declared_key_of_its_kind()
    {
        var xml = Write(Graph());

        var keys = xml.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (For: (string)k.Attribute("for")!, Type: (string)k.Attribute("attr.type")!));
        foreach (var element in xml.Descendants().Where(e => e.Name == G + "node" || e.Name == G + "edge"))
        {
            XmlConvert.VerifyNMTOKEN((string)element.Attribute("id")!);
            foreach (var data in element.Elements(G + "data"))
            {
                var key = keys[(string)data.Attribute("key")!];
                Assert.Equal(element.Name.LocalName, key.For);
                Assert.True(Parses(data.Value, key.Type), $"'{data.Value}' is not a {key.Type}");
            }
        }
        Assert.Equal("long", keys["node.p.sourceIndex"].Type);
        Assert.Equal("double", keys["edge.p.confidence"].Type);
        Assert.Equal("string", keys["node.p.aliases"].Type);
    }

    [Fact]
    public void A_null_property_writes_no_data()
    {
        var objective = Write(Graph()).Descendants(G + "node").Select(Data).Single(d => d["id"] == "objective:digitalisering/od1.1");

        Assert.False(objective.ContainsKey("title"));
        Assert.Equal("OD1.1", objective["label"]);
    }

    private static Dictionary<string, string> Data(XElement element)
    {
        var names = element.Document!.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!, k => (string)k.Attribute("attr.name")!);
        return element.Elements(G + "data").ToDictionary(d => names[(string)d.Attribute("key")!], d => d.Value);
    }

    private static bool Parses(string value, string type) => type switch
    {
        "long" => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
        "double" => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
        "boolean" => value is "true" or "false",
        _ => true,
    };
}
