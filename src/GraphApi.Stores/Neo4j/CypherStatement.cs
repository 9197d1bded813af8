using System.Text.Json;

namespace GraphApi.Stores.Neo4j;

/// <summary>One Cypher statement with its parameters. Every value goes in as a parameter, never into the text.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>The text, then the parameters as JSON in name order: how a statement reads in a review or a snapshot.</summary>
    public override string ToString() =>
        Text + "\n\n// parameters\n" +
        JsonSerializer.Serialize(Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(), Indented);
}
