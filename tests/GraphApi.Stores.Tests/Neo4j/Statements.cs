using System.Text.Json;
using GraphApi.Stores.Neo4j;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>A statement as a snapshot shows it: the Cypher text, then the parameters as JSON.</summary>
internal static class Statements
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Render(CypherStatement statement) =>
        statement.Text + "\n\n// parameters\n" +
        JsonSerializer.Serialize(statement.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(), Indented);
}
