using System.Collections;
using GraphApi.Graph;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Turns nodes and relationships into the parameter rows of the load statements: <c>id</c>,
/// (<c>start</c>, <c>end</c>,) and <c>properties</c>, the full property map that replaces the stored one.
/// Neo4j stores no nulls and no decimals, so nulls are left out and decimals become doubles; evidence
/// becomes the parallel lists <c>sourceDocuments</c>, <c>sourceOffsets</c> and <c>sourceQuotes</c>.
/// </summary>
public static class Neo4jRows
{
    public static Dictionary<string, object?> Row(Node node) => new(StringComparer.Ordinal)
    {
        ["id"] = node.Id,
        ["properties"] = Properties(node.Id, node.Properties, node.Sources),
    };

    public static Dictionary<string, object?> Row(Relationship relationship) => new(StringComparer.Ordinal)
    {
        ["id"] = relationship.Id,
        ["start"] = relationship.Start,
        ["end"] = relationship.End,
        ["properties"] = Properties(relationship.Id, relationship.Properties, relationship.Sources),
    };

    private static Dictionary<string, object?> Properties(string id, IReadOnlyDictionary<string, object?> properties, IReadOnlyList<Evidence> sources)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in properties)
            if (value is not null) result[name] = Convert(value);
        result["sourceDocuments"] = sources.Select(s => (object?)s.Document).ToList();
        result["sourceOffsets"] = sources.Select(s => (object?)(long)s.Offset).ToList();
        result["sourceQuotes"] = sources.Select(s => (object?)s.Quote).ToList();
        // Last, so that SET n = row.properties keeps the id the node was merged on.
        result["id"] = id;
        return result;
    }

    private static object Convert(object value) => value switch
    {
        decimal d => (double)d,
        int i => (long)i,
        string or bool or long or double => value,
        IEnumerable items => items.Cast<object?>().Where(i => i is not null).Select(i => (object?)Convert(i!)).ToList(),
        _ => throw new NotSupportedException($"A property value of type {value.GetType().Name} cannot be stored in Neo4j."),
    };
}
