using GraphApi.Graph;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Turns the maps of <see cref="CypherProjection"/>, as the runner decodes them, back into the graph's
/// records: the <c>Node</c> label and the storage properties (<c>id</c> and the three evidence lists) are
/// taken out, and the evidence lists are zipped back into <see cref="Evidence"/>.
/// Differences from the loaded graph: a null property is missing (Neo4j does not store nulls; filters
/// treat both alike, but the key is absent from <see cref="Node.Properties"/>); a decimal property comes
/// back as a double (Neo4j stores it as Float, so it cannot be told from a double); an empty list property
/// comes back as an empty list of strings (the Query API gives no element type for it). Labels come in
/// the order Neo4j returns them.
/// </summary>
public static class Neo4jResultMapper
{
    private const string Documents = "sourceDocuments";
    private const string Offsets = "sourceOffsets";
    private const string Quotes = "sourceQuotes";
    private static readonly HashSet<string> Storage = new(StringComparer.Ordinal) { "id", Documents, Offsets, Quotes };

    public static Node Node(object? value)
    {
        var map = Map(value);
        var labels = List(map["labels"]).Cast<string>().Where(l => l != "Node").ToList();
        var properties = Map(map["properties"]);
        return new Node((string)map["id"]!, labels, Properties(properties), Sources(properties));
    }

    public static Relationship Relationship(object? value)
    {
        var map = Map(value);
        var properties = Map(map["properties"]);
        return new Relationship((string)map["id"]!, (string)map["type"]!, (string)map["start"]!, (string)map["end"]!,
            Properties(properties), Sources(properties));
    }

    private static SortedDictionary<string, object?> Properties(IReadOnlyDictionary<string, object?> stored)
    {
        var properties = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in stored)
            if (!Storage.Contains(name)) properties[name] = Value(value);
        return properties;
    }

    // Neo4j lists hold one kind, so the first element tells the list's .NET type.
    private static object? Value(object? value) => value switch
    {
        List<object?> { Count: 0 } => new List<string>(),
        List<object?> list when list[0] is string => list.Cast<string>().ToList(),
        List<object?> list when list[0] is long => list.Cast<long>().ToList(),
        List<object?> list when list[0] is double => list.Cast<double>().ToList(),
        List<object?> list when list[0] is bool => list.Cast<bool>().ToList(),
        _ => value,
    };

    private static List<Evidence> Sources(IReadOnlyDictionary<string, object?> stored)
    {
        var documents = List(stored.GetValueOrDefault(Documents));
        var offsets = List(stored.GetValueOrDefault(Offsets));
        var quotes = List(stored.GetValueOrDefault(Quotes));
        if (offsets.Count != documents.Count || quotes.Count != documents.Count)
            throw new InvalidOperationException("The source lists of a node or relationship differ in length.");
        return documents.Select((d, i) => new Evidence((string)d!, checked((int)(long)offsets[i]!), (string)quotes[i]!)).ToList();
    }

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? throw new InvalidOperationException($"Expected a map, got {value?.GetType().Name ?? "null"}.");

    private static IReadOnlyList<object?> List(object? value) => value switch
    {
        null => [],
        IReadOnlyList<object?> list => list,
        _ => throw new InvalidOperationException($"Expected a list, got {value.GetType().Name}."),
    };
}
