using System.Collections;
using System.Security.Cryptography;
using GraphApi.Graph;

namespace GraphApi.Stores;

/// <summary>
/// The version of a graph: lowercase hex SHA-256 over a canonical binary form of every node and
/// relationship (in the id order KnowledgeGraph keeps, properties by name, values tagged with their kind and strings length-prefixed),
/// so that equal graphs hash equal and any change to an id, label, property or source changes the hash.
/// The embedded store computes it over the graph it serves; the Neo4j loader writes it next to the graph it loads.
/// </summary>
internal static class GraphVersion
{
    public static string Of(KnowledgeGraph graph)
    {
        var hash = new HashingStream(HashAlgorithmName.SHA256);
        // BinaryWriter writes each value straight through; hashing a few bytes at a time would cost more than the hash.
        // Disposing the writer disposes the buffer and the hash under it.
        using (var writer = new BinaryWriter(new BufferedStream(hash, 1 << 16), System.Text.Encoding.UTF8))
        {
            writer.Write(graph.Nodes.Count);
            foreach (var node in graph.Nodes)
            {
                writer.Write(node.Id);
                writer.Write(node.Labels.Count);
                foreach (var label in node.Labels) writer.Write(label);
                WriteProperties(writer, node.Properties);
                WriteSources(writer, node.Sources);
            }
            writer.Write(graph.Relationships.Count);
            foreach (var relationship in graph.Relationships)
            {
                writer.Write(relationship.Id);
                writer.Write(relationship.Type);
                writer.Write(relationship.Start);
                writer.Write(relationship.End);
                WriteProperties(writer, relationship.Properties);
                WriteSources(writer, relationship.Sources);
            }
            writer.Flush();
            return Convert.ToHexStringLower(hash.Hash());
        }
    }

    private static void WriteProperties(BinaryWriter writer, IReadOnlyDictionary<string, object?> properties)
    {
        writer.Write(properties.Count);
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(name);
            WriteValue(writer, value);
        }
    }

    private static void WriteSources(BinaryWriter writer, IReadOnlyList<Evidence> sources)
    {
        writer.Write(sources.Count);
        foreach (var source in sources)
        {
            writer.Write(source.Document);
            writer.Write(source.Offset);
            writer.Write(source.Quote);
        }
    }

    private static void WriteValue(BinaryWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.Write((byte)0); break;
            case string s: writer.Write((byte)1); writer.Write(s); break;
            case long or int or short or byte: writer.Write((byte)2); writer.Write(Convert.ToInt64(value)); break;
            case double or float: writer.Write((byte)3); writer.Write(Convert.ToDouble(value)); break;
            case decimal m: writer.Write((byte)4); writer.Write(m); break;
            case bool b: writer.Write((byte)5); writer.Write(b); break;
            case IEnumerable list:
                var elements = list.Cast<object?>().ToList();
                writer.Write((byte)6);
                writer.Write(elements.Count);
                foreach (var element in elements) WriteValue(writer, element);
                break;
            default: throw new ArgumentException($"A property value of type {value.GetType().Name} cannot be versioned.");
        }
    }
}
