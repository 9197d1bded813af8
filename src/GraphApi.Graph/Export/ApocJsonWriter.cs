using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphApi.Graph.Export;

/// <summary>
/// Writes the graph in the shape of Neo4j APOC's JSON export:
/// <c>{"nodes":[{"id","labels","properties"}],"relationships":[{"id","type","start","end","properties"}]}</c>.
/// Evidence goes into <c>properties.sources</c> as a list of <c>{document, offset, quote}</c>.
/// </summary>
public static class ApocJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(KnowledgeGraph graph, Stream output)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartArray("nodes");
        foreach (var node in graph.Nodes)
        {
            json.WriteStartObject();
            json.WriteString("id", node.Id);
            json.WriteStartArray("labels");
            foreach (var label in node.Labels) json.WriteStringValue(label);
            json.WriteEndArray();
            WriteProperties(json, node.Properties, node.Sources);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("relationships");
        foreach (var relationship in graph.Relationships)
        {
            json.WriteStartObject();
            json.WriteString("id", relationship.Id);
            json.WriteString("type", relationship.Type);
            json.WriteString("start", relationship.Start);
            json.WriteString("end", relationship.End);
            WriteProperties(json, relationship.Properties, relationship.Sources);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<Evidence> sources)
    {
        json.WriteStartObject("properties");
        foreach (var (name, value) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(name);
            WriteValue(json, value);
        }
        json.WriteStartArray("sources");
        foreach (var source in sources)
        {
            json.WriteStartObject();
            json.WriteString("document", source.Document);
            json.WriteNumber("offset", source.Offset);
            json.WriteString("quote", source.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case decimal m: json.WriteNumberValue(m); break;
            case System.Collections.IEnumerable items:
                json.WriteStartArray();
                foreach (var item in items) WriteValue(json, item);
                json.WriteEndArray();
                break;
            default: throw new NotSupportedException($"Property value of type {value.GetType().Name} cannot be exported.");
        }
    }
}
