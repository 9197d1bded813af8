using GraphApi.Graph;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>
/// Nodes and relationships as the Query API runner would decode the maps our statements return for
/// them, in the loader's layout: label plus Node, id and the three source lists among the properties,
/// and no null properties, which Neo4j cannot store.
/// </summary>
internal static class QueryApiRows
{
    public static Dictionary<string, object?> Node(Node node) => new()
    {
        ["id"] = node.Id,
        ["labels"] = node.Labels.Append("Node").Cast<object?>().ToList(),
        ["properties"] = Properties(node.Id, node.Properties, node.Sources),
    };

    public static Dictionary<string, object?> Relationship(Relationship relationship) => new()
    {
        ["id"] = relationship.Id,
        ["type"] = relationship.Type,
        ["start"] = relationship.Start,
        ["end"] = relationship.End,
        ["properties"] = Properties(relationship.Id, relationship.Properties, relationship.Sources),
    };

    private static Dictionary<string, object?> Properties(string id, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<Evidence> sources)
    {
        var stored = properties.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => Value(p.Value));
        stored["id"] = id;
        if (sources.Count > 0)
        {
            stored["sourceDocuments"] = sources.Select(s => (object?)s.Document).ToList();
            stored["sourceOffsets"] = sources.Select(s => (object?)(long)s.Offset).ToList();
            stored["sourceQuotes"] = sources.Select(s => (object?)s.Quote).ToList();
        }
        return stored;
    }

    // Neo4j has Integer, Float, String, Boolean and lists of them; the runner decodes lists as List<object?>.
    private static object? Value(object? value) => value switch
    {
        int i => (long)i,
        decimal d => (double)d,
        string => value,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Value).ToList(),
        _ => value,
    };
}
