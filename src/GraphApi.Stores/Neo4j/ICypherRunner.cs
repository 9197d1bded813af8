namespace GraphApi.Stores.Neo4j;

/// <summary>Runs Cypher against a Neo4j database (through its HTTP Query API in production).</summary>
public interface ICypherRunner
{
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken);
}

/// <summary>
/// A statement's result: its field names and rows of values decoded from Neo4j's typed JSON into
/// .NET values: null, bool, long (Integer), double (Float), string, List&lt;object?&gt;, and
/// Dictionary&lt;string, object?&gt; (Map). Statements return nodes and relationships as maps.
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Rows);
