using System.Text.RegularExpressions;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Labels, relationship types and property names are the only words of a statement that cannot be
/// parameters in Cypher, so they are checked against a plain identifier pattern and then backquoted:
/// an identifier that passes holds no backquote, quote, brace or whitespace, so it cannot end the name.
/// </summary>
public static partial class CypherIdentifier
{
    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Pattern();

    /// <summary>The identifier in backquotes.</summary>
    /// <exception cref="ArgumentException">The name is not a plain identifier.</exception>
    public static string Quote(string name, string what) =>
        name is not null && Pattern().IsMatch(name)
            ? $"`{name}`"
            : throw new ArgumentException($"'{name}' is not a valid {what}: use letters, digits and _ only.", what);
}
