using System.Text.RegularExpressions;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Labels and relationship types cannot be parameters in Cypher, so they go into the statement text;
/// only names of this plain shape are let in, which keeps data from ever becoming Cypher.
/// </summary>
public static partial class CypherIdentifier
{
    /// <summary>The name in backquotes, after checking that it is a plain identifier.</summary>
    public static string Quote(string name, string what) =>
        Plain().IsMatch(name) ? $"`{name}`" : throw new ArgumentException($"{what} '{name}' is not a plain identifier ([A-Za-z_][A-Za-z0-9_]*) and cannot be written into Cypher.");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Plain();
}
