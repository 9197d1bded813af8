using System.Collections;
using System.Globalization;
using System.Text;
using GraphApi.Graph;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Writes a Cypher script that recreates the graph in an empty Neo4j (<c>cypher-shell -f graph.cypher</c>, or
/// pasted into the Browser with multi-statement mode): the same constraint, indexes and statements as the
/// <c>load</c> command, ending with the graph's version, so that the API can serve from the result, with the rows written as literal lists
/// because a script has no parameters. Each statement writes at most <see cref="BatchSize"/> rows and ends
/// with a semicolon. Strings are single-quoted with backslash escapes for the backslash, the quote and every
/// control character; names go through <see cref="CypherIdentifier"/>.
/// </summary>
public static class CypherScriptWriter
{
    public const int BatchSize = 500;

    public static void Write(KnowledgeGraph graph, TextWriter output)
    {
        output.Write("// The Flemish digital policy graph: run on an empty Neo4j 5 database, e.g. cypher-shell -f graph.cypher\n");
        output.Write($"// {graph.Nodes.Count} nodes and {graph.Relationships.Count} relationships\n");
        foreach (var statement in Neo4jGraphSchema.Statements(graph))
            output.Write(statement.Text + ";\n");
        foreach (var group in graph.Nodes.GroupBy(n => n.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            foreach (var batch in group.Chunk(BatchSize))
                output.Write(Neo4jGraphLoader.NodeStatement(group.Key, Literal(batch.Select(Neo4jRows.Row))) + ";\n");
        foreach (var group in graph.Relationships.GroupBy(r => r.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            foreach (var batch in group.Chunk(BatchSize))
                output.Write(Neo4jGraphLoader.RelationshipStatement(group.Key, Literal(batch.Select(Neo4jRows.Row))) + ";\n");
        output.Write(CypherQueries.WriteVersionText(Literal(GraphVersion.Of(graph))) + ";\n");
    }

    /// <summary>A value as a Cypher literal: string, integer, float, boolean, list or map (keys backquoted).</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => StringLiteral(s),
        bool b => b ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => FloatLiteral(d),
        IDictionary<string, object?> map => "{" + string.Join(", ", map.Select(p => $"{CypherIdentifier.Quote(p.Key, "property name")}: {Literal(p.Value)}")) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Literal)) + "]",
        _ => throw new NotSupportedException($"A value of type {value.GetType().Name} has no Cypher literal here."),
    };

    private static string StringLiteral(string text)
    {
        var literal = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': literal.Append(@"\\"); break;
                case '\'': literal.Append(@"\'"); break;
                case '\n': literal.Append(@"\n"); break;
                case '\r': literal.Append(@"\r"); break;
                case '\t': literal.Append(@"\t"); break;
                case < ' ' or '\u2028' or '\u2029': literal.Append(@"\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: literal.Append(c); break;
            }
        }
        return literal.Append('\'').ToString();
    }

    // "R" writes 2.0 as "2", which Cypher would read as an integer.
    private static string FloatLiteral(double value)
    {
        if (!double.IsFinite(value)) throw new NotSupportedException($"{value} has no Cypher literal.");
        // Cypher takes an exponent with a minus sign only, so 1E+20 is written 1E20.
        var text = value.ToString("R", CultureInfo.InvariantCulture).Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.') || text.Contains('E') ? text : text + ".0";
    }
}
