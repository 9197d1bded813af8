namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The constraint and indexes the stored graph relies on, each created only if missing, so that loading
/// again changes nothing. The constraint's index serves every <c>(:Node {id})</c> lookup the load makes.
/// </summary>
public static class Neo4jGraphSchema
{
    private static readonly string[] TextProperties = ["title", "name", "text", "question", "answer", "definition", "sentence", "relevance"];

    public static IEnumerable<CypherStatement> Statements(IEnumerable<string> labels)
    {
        yield return Statement("CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE");
        // For queries that look a node up by its own label, e.g. MATCH (d:Decision {id: $id}).
        foreach (var label in labels)
            yield return Statement($"CREATE INDEX {CypherIdentifier.Quote(label + "_id", "index name")} IF NOT EXISTS FOR (n:{CypherIdentifier.Quote(label, "label")}) ON (n.id)");
        yield return Statement(
            $"CREATE FULLTEXT INDEX nodeText IF NOT EXISTS FOR (n:Node) ON EACH [{string.Join(", ", TextProperties.Select(p => "n." + p))}] " +
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}}");
        // New indexes fill in the background; a search right after the load would fail on one still filling.
        yield return Statement("CALL db.awaitIndexes(300)");
    }

    private static CypherStatement Statement(string text) => new(text, new Dictionary<string, object?>());
}
