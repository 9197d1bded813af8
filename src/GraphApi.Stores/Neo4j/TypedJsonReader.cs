using System.Globalization;
using System.Text.Json;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Reads Neo4j's typed JSON values into the .NET values of <see cref="CypherResult"/>. Nodes and
/// relationships become maps of their properties plus <c>_labels</c> or <c>_type</c> and element ids
/// (underscored so that they cannot clash with a property); temporal, spatial and byte values, which
/// the graph does not store, stay in the string form Neo4j gives them.
/// </summary>
public static class TypedJsonReader
{
    public static object? ReadValue(JsonElement typed)
    {
        var value = typed.GetProperty("_value");
        return typed.GetProperty("$type").GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(value.GetString()!, CultureInfo.InvariantCulture),
            "Float" => ReadFloat(value.GetString()!),
            "String" => value.GetString(),
            "List" or "Path" => value.EnumerateArray().Select(ReadValue).ToList(),
            "Map" => ReadMap(value),
            "Node" => ReadNode(value),
            "Relationship" => ReadRelationship(value),
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static Dictionary<string, object?> ReadMap(JsonElement map) =>
        map.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value), StringComparer.Ordinal);

    // Neo4j writes the non-finite floats by name.
    private static double ReadFloat(string text) => text switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, object?> ReadNode(JsonElement node)
    {
        var result = ReadMap(node.GetProperty("_properties"));
        result["_labels"] = node.GetProperty("_labels").EnumerateArray().Select(l => (object?)l.GetString()).ToList();
        result["_elementId"] = node.GetProperty("_element_id").GetString();
        return result;
    }

    private static Dictionary<string, object?> ReadRelationship(JsonElement relationship)
    {
        var result = ReadMap(relationship.GetProperty("_properties"));
        result["_type"] = relationship.GetProperty("_type").GetString();
        result["_elementId"] = relationship.GetProperty("_element_id").GetString();
        result["_startElementId"] = relationship.GetProperty("_start_node_element_id").GetString();
        result["_endElementId"] = relationship.GetProperty("_end_node_element_id").GetString();
        return result;
    }
}
