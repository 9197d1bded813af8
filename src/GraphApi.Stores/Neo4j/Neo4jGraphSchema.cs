using GraphApi.Graph;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The constraint and indexes the stored graph relies on, each created only if missing (by name, or by an
/// index of the same kind on the same schema), so that loading again changes nothing. The constraint's index
/// serves every <c>(:Node {id})</c> lookup the load makes.
/// </summary>
public static class Neo4jGraphSchema
{
    private static readonly string[] TextProperties = ["title", "name", "text", "question", "answer", "definition", "sentence", "relevance"];

    // Prose: searched through the full-text index and filtered only with contains, which a range index does not
    // serve; a long value would also pass the range index's key limit (8 KB), which fails the write.
    private static readonly HashSet<string> Prose = new(TextProperties.Except(["title", "name"]), StringComparer.Ordinal);

    // The only relationship property the API filters on: clause.decisions(basis: [...]). The other relationship
    // properties are only read from relationships already reached, which no index serves.
    private static readonly (string Type, string Property)[] FilteredRelationshipProperties = [(RelationshipType.Fulfills, "basis")];

    public static IEnumerable<CypherStatement> Statements(KnowledgeGraph graph)
    {
        yield return Statement("CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE");
        // The scans of a label (MATCH (n:Decision)) and of a relationship type; Neo4j makes both in a new
        // database, but they can be dropped, and without them every such scan reads all nodes or relationships.
        yield return Statement("CREATE LOOKUP INDEX node_label_lookup IF NOT EXISTS FOR (n) ON EACH labels(n)");
        yield return Statement("CREATE LOOKUP INDEX relationship_type_lookup IF NOT EXISTS FOR ()-[r]-() ON EACH type(r)");
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (label, property) in Indexed(graph))
            yield return Statement($"CREATE INDEX {Name(names, label, property)} IF NOT EXISTS FOR (n:{CypherIdentifier.Quote(label, "label")}) ON (n.{CypherIdentifier.Quote(property, "property")})");
        foreach (var (type, property) in FilteredRelationshipProperties)
            yield return Statement($"CREATE INDEX {Name(names, type, property)} IF NOT EXISTS FOR ()-[r:{CypherIdentifier.Quote(type, "relationship type")}]-() ON (r.{CypherIdentifier.Quote(property, "property")})");
        yield return Statement(
            $"CREATE FULLTEXT INDEX nodeText IF NOT EXISTS FOR (n:Node) ON EACH [{string.Join(", ", TextProperties.Select(p => "n." + p))}] " +
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}}");
        // New indexes fill in the background; a search right after the load would fail on one still filling.
        yield return Statement("CALL db.awaitIndexes(300)");
    }

    /// <summary>
    /// Every (label, property) stored in the graph, which is what the API's where and order inputs filter and sort
    /// by (the stored properties are the labels' fields, but for a few the API does not expose), except prose,
    /// in name order; and the id of every label, stored beside the properties: looking a node up by its own label,
    /// e.g. MATCH (d:Decision {id: $id}), takes the id index of that label.
    /// </summary>
    private static IEnumerable<(string Label, string Property)> Indexed(KnowledgeGraph graph) =>
        graph.Nodes.SelectMany(n => n.Properties.Where(p => p.Value is not null && !Prose.Contains(p.Key)).Select(p => p.Key).Append("id").Select(property => (n.Label, Property: property)))
            .Distinct()
            .OrderBy(x => x.Label, StringComparer.Ordinal).ThenBy(x => x.Property, StringComparer.Ordinal);

    // Label_property, quoted; two pairs that would share a name (A_b + c and A + b_c) stop the load rather than lose an index to IF NOT EXISTS.
    private static string Name(HashSet<string> names, string owner, string property)
    {
        var name = $"{owner}_{property}";
        if (!names.Add(name)) throw new ArgumentException($"Two indexes would be named '{name}': rename the label, relationship type or property '{property}'.", nameof(property));
        return CypherIdentifier.Quote(name, "index name");
    }

    private static CypherStatement Statement(string text) => new(text, new Dictionary<string, object?>());
}
