using System.Text;
using System.Xml;

namespace GraphApi.Graph.Export;

/// <summary>
/// Writes the graph as GraphML for Gephi and yEd. GraphML ids must be XML name tokens, which the graph's
/// ids (with <c>/</c> and <c>-&gt;</c>) are not, so nodes are <c>n0, n1 ...</c> and edges <c>e0, e1 ...</c> in the
/// graph's order, and the graph's own id is the <c>id</c> attribute of each. Nodes also get <c>labels</c>
/// (Neo4j's <c>:Label</c> form) and <c>label</c>, the name Gephi and yEd show; edges get <c>type</c> and
/// <c>label</c>. Every property becomes a key of its own (typed long, double or boolean when all its values
/// are, else string, lists as JSON) and the evidence goes in <c>sources</c> as JSON.
/// </summary>
public static class GraphMlWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private sealed record Key(string Id, string For, string Name, string Type);

    public static void Write(KnowledgeGraph graph, Stream output)
    {
        var nodeKeys = Keys("node", graph.Nodes.Select(n => n.Properties), ["id", "labels", "label"]);
        var edgeKeys = Keys("edge", graph.Relationships.Select(r => r.Properties), ["id", "type", "label"]);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        xml.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
        xml.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
            $"{Namespace} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
        foreach (var key in nodeKeys.Values.Concat(edgeKeys.Values))
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", key.Name);
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "G");
        xml.WriteAttributeString("edgedefault", "directed");

        var graphMlIds = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            var id = "n" + graphMlIds.Count;
            graphMlIds[node.Id] = id;
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", id);
            Data(xml, nodeKeys["id"], node.Id);
            Data(xml, nodeKeys["labels"], string.Concat(node.Labels.Select(l => ":" + l)));
            Data(xml, nodeKeys["label"], PropertyText.DisplayName(node));
            Properties(xml, nodeKeys, node.Properties, node.Sources);
            xml.WriteEndElement();
        }
        var edge = 0;
        foreach (var relationship in graph.Relationships)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + edge++);
            xml.WriteAttributeString("source", graphMlIds[relationship.Start]);
            xml.WriteAttributeString("target", graphMlIds[relationship.End]);
            Data(xml, edgeKeys["id"], relationship.Id);
            Data(xml, edgeKeys["type"], relationship.Type);
            Data(xml, edgeKeys["label"], relationship.Type);
            Properties(xml, edgeKeys, relationship.Properties, relationship.Sources);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    /// <summary>The export's own keys, then one per property name, then <c>sources</c>; by the name GraphML tools show.</summary>
    private static Dictionary<string, Key> Keys(string kind, IEnumerable<IReadOnlyDictionary<string, object?>> properties, string[] own)
    {
        var keys = new Dictionary<string, Key>(StringComparer.Ordinal);
        foreach (var name in own)
            keys[name] = new Key($"{kind}.{name}", kind, name, "string");
        var values = properties.SelectMany(p => p).Where(p => p.Value is not null).GroupBy(p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var property in values)
        {
            if (keys.ContainsKey(property.Key) || property.Key == "sources")
                throw new NotSupportedException($"The {kind} property '{property.Key}' has the name of a GraphML column of the export.");
            keys[property.Key] = new Key($"{kind}.p.{XmlConvert.EncodeNmToken(property.Key)}", kind, property.Key, TypeOf(property.Select(p => p.Value)));
        }
        keys["sources"] = new Key($"{kind}.sources", kind, "sources", "string");
        return keys;
    }

    private static string TypeOf(IEnumerable<object?> values)
    {
        var list = values.ToList();
        if (list.All(v => v is int or long)) return "long";
        if (list.All(v => v is int or long or double or decimal)) return "double";
        if (list.All(v => v is bool)) return "boolean";
        return "string";
    }

    private static void Properties(XmlWriter xml, Dictionary<string, Key> keys, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<Evidence> sources)
    {
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            if (value is not null) Data(xml, keys[name], PropertyText.Of(value));
        Data(xml, keys["sources"], PropertyText.Of(sources));
    }

    private static void Data(XmlWriter xml, Key key, string value)
    {
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key.Id);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
