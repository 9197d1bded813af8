using System.Globalization;
using System.Text;
using GraphApi.Graph;
using GraphApi.Stores.Neo4j;
using GraphApi.Stores.Tests.Embedded;

namespace GraphApi.Stores.Tests.Neo4j;

public class CypherScriptWriterTests
{
    private const string Hostile = "it's a \"test\" \\ with `backticks`, a }) brace;\nMATCH (n) DETACH DELETE n //\r\ttab \u0001 end";

    private static string Script(KnowledgeGraph graph)
    {
        var output = new StringWriter();
        CypherScriptWriter.Write(graph, output);
        return output.ToString();
    }

    /// <summary>Reads a single-quoted Cypher string literal at <paramref name="start"/> by the escapes Cypher defines; returns it and where it ends.</summary>
    private static (string Value, int End) ReadString(string text, int start)
    {
        Assert.Equal('\'', text[start]);
        var value = new StringBuilder();
        for (var i = start + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'') return (value.ToString(), i + 1);
            Assert.NotEqual('\n', c);
            if (c != '\\') { value.Append(c); continue; }
            var escaped = text[++i];
            value.Append(escaped switch
            {
                '\\' => "\\", '\'' => "'", '"' => "\"", 'n' => "\n", 'r' => "\r", 't' => "\t", 'b' => "\b", 'f' => "\f",
                'u' => ((char)int.Parse(text.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                _ => throw new FormatException($"\\{escaped} is no Cypher escape"),
            });
            if (escaped == 'u') i += 4;
        }
        throw new FormatException("the string literal does not end");
    }

    [Fact]
    public void A_hostile_string_is_one_literal_that_reads_back_as_itself()
    {
        var literal = CypherScriptWriter.Literal(Hostile);

        var (value, end) = ReadString(literal, 0);
        Assert.Equal(Hostile, value);
        Assert.Equal(literal.Length, end);
    }

    [Fact]
    public void Hostile_property_values_and_quotes_stay_inside_their_literals_in_the_script()
    {
        var graph = new GraphBuilder();
        graph.AddNode("agency:x", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = Hostile, ["aliases"] = new List<string> { Hostile } }, new Evidence("document:000", 7, Hostile));
        var script = Script(graph.Build());

        var statement = script.Split(";\n").Single(s => s.StartsWith("UNWIND", StringComparison.Ordinal));
        // Every string literal of the statement is read back; what remains outside them is the statement's own text.
        var outside = new StringBuilder();
        var strings = new List<string>();
        for (var i = 0; i < statement.Length;)
        {
            if (statement[i] != '\'') { outside.Append(statement[i++]); continue; }
            var (value, end) = ReadString(statement, i);
            strings.Add(value);
            i = end;
        }
        Assert.Equal(3, strings.Count(s => s == Hostile));
        Assert.DoesNotContain("DETACH", outside.ToString());
        Assert.DoesNotContain("\n", statement);
        Assert.Equal(
            "UNWIND [{`id`: , `properties`: {`aliases`: [], `name`: , `sourceDocuments`: [], `sourceOffsets`: [7], `sourceQuotes`: [], `id`: }}] AS row " +
            "MERGE (n:Node {id: row.id}) SET n = row.properties, n:`Agency` RETURN count(n) AS written",
            outside.ToString());
    }

    [Fact]
    public void Floats_stay_floats_and_integers_integers()
    {
        Assert.Equal("2.0", CypherScriptWriter.Literal(2.0));
        Assert.Equal("0.5", CypherScriptWriter.Literal(0.5));
        Assert.Equal("1E20", CypherScriptWriter.Literal(1e20));
        Assert.Equal("1E-07", CypherScriptWriter.Literal(1e-7));
        Assert.Equal("2", CypherScriptWriter.Literal(2L));
        Assert.Equal("[true, null]", CypherScriptWriter.Literal(new object?[] { true, null }));
    }

    [Fact]
    public void A_label_that_is_not_a_plain_identifier_stops_the_script()
    {
        var graph = new GraphBuilder();
        graph.AddNode("x:1", "Agency`) DETACH DELETE n //", new Dictionary<string, object?>(), new Evidence("d", 0, "q"));

        Assert.Throws<ArgumentException>(() => Script(graph.Build()));
    }

    [Fact]
    public void The_corpus_script_creates_the_schema_then_writes_every_node_and_relationship_once_per_batch()
    {
        var graph = RealGraph.Graph;
        var script = Script(graph);
        Assert.StartsWith("// ", script);
        var withoutComments = string.Concat(script.Split('\n').Where(line => !line.StartsWith("//", StringComparison.Ordinal)).Select(line => line + "\n"));
        var statements = withoutComments.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Where(s => s.Trim().Length > 0).ToList();

        Assert.StartsWith("CREATE CONSTRAINT node_id", statements[0]);
        var nodeStatements = statements.Where(s => s.Contains("MERGE (n:Node", StringComparison.Ordinal)).ToList();
        var relationshipStatements = statements.Where(s => s.Contains("MERGE (a)-[r:", StringComparison.Ordinal)).ToList();
        Assert.Equal(graph.Nodes.GroupBy(n => n.Label).Sum(g => (g.Count() + CypherScriptWriter.BatchSize - 1) / CypherScriptWriter.BatchSize), nodeStatements.Count);
        Assert.Equal(graph.Relationships.GroupBy(r => r.Type).Sum(g => (g.Count() + CypherScriptWriter.BatchSize - 1) / CypherScriptWriter.BatchSize), relationshipStatements.Count);
        Assert.All(graph.Nodes, n => Assert.Contains(CypherScriptWriter.Literal(n.Id), string.Concat(nodeStatements)));
        Assert.Equal(graph.Relationships.Count, relationshipStatements.Sum(s => s.Split("`start`: ").Length - 1));
    }
}
