namespace GraphApi.Stores.Neo4j;

/// <summary>One Cypher statement with its parameters. Every value goes in as a parameter, never into the text.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters);
