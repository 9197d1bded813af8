using System.Text.RegularExpressions;
using GraphApi.Graph;
using GraphApi.Stores.Embedded;
using GraphApi.Stores.Neo4j;
using GraphApi.Stores.Tests.Embedded;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>
/// What the loader sends for the real corpus graph and for small hand-made ones, recorded by a runner
/// double. These tests check what we send, not Neo4j's behaviour; no Neo4j server is involved.
/// </summary>
public sealed class Neo4jGraphLoaderTests
{
    [Theory]
    [InlineData(Neo4jGraphLoader.DefaultBatchSize)]
    [InlineData(40)]
    public async Task Loading_the_corpus_sends_the_schema_first_then_every_node_and_relationship_once_in_committed_batches_of_at_most_n_rows(int batchSize)
    {
        var graph = RealGraph.Graph;
        var runner = new RecordingCypherRunner();

        var result = await new Neo4jGraphLoader(runner, batchSize).LoadAsync(graph, CancellationToken.None);

        Assert.StartsWith("CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE", runner.AutoCommitted[0].Text);
        Assert.Contains(runner.AutoCommitted, s => s.Text.StartsWith("CREATE FULLTEXT INDEX nodeText IF NOT EXISTS FOR (n:Node)", StringComparison.Ordinal));
        Assert.All(runner.Transactions, t => Assert.True(t.Committed && !t.RolledBack && t.Statements.Count == 1 && t.Rows.Count <= batchSize));
        var batches = runner.Transactions.Where(t => t.Statements.Single().Parameters.ContainsKey("rows")).ToList();
        var rows = batches.SelectMany(t => t.Rows).ToList();
        Assert.Equal(graph.Nodes.Select(n => n.Id).Concat(graph.Relationships.Select(r => r.Id)).Order(), rows.Select(r => (string)r["id"]!).Order());
        Assert.Equal(new Neo4jLoadResult(graph.Nodes.Count, graph.Relationships.Count, batches.Count, runner.AutoCommitted.Count + runner.Transactions.Count, 0), result);
    }

    [Fact]
    public async Task Loading_the_corpus_writes_one_fixed_statement_text_per_label_and_type_and_no_value_from_the_data_into_any_text()
    {
        var graph = RealGraph.Graph;
        var runner = new RecordingCypherRunner();

        await new Neo4jGraphLoader(runner).LoadAsync(graph, CancellationToken.None);

        var expected = graph.Nodes.Select(n => Neo4jGraphLoader.NodeStatement(n.Label))
            .Concat(graph.Relationships.Select(r => Neo4jGraphLoader.RelationshipStatement(r.Type)))
            .Append(Neo4jGraphLoader.PruneRelationshipsStatement).Append(Neo4jGraphLoader.PruneNodesStatement).Append(CypherQueries.WriteVersion("").Text).ToHashSet();
        var texts = runner.Transactions.SelectMany(t => t.Statements).Select(s => s.Text).ToList();
        Assert.Equal(expected.Order(), texts.Distinct().Order());
        var values = graph.Nodes.SelectMany(n => n.Properties.Values.Append(n.Id))
            .Concat(graph.Relationships.SelectMany(r => r.Properties.Values.Append(r.Id).Append(r.Start)))
            .OfType<string>().Where(v => v.Length > 2).Distinct().ToList();
        // Labels, types and property names are checked, backquoted identifiers (the schema names every property): a
        // value may happen to be such a word ("project"), so only the text outside the backquotes is searched.
        Assert.All(texts.Concat(runner.AutoCommitted.Select(s => s.Text)).Distinct().Select(text => Regex.Replace(text, "`[^`]*`", "``")),
            text => Assert.DoesNotContain(values, v => text.Contains(v, StringComparison.Ordinal)));
    }

    [Fact]
    public void The_node_and_relationship_statements_merge_on_the_id_and_replace_the_properties()
    {
        Assert.Equal("UNWIND $rows AS row MERGE (n:Node {id: row.id}) SET n = row.properties, n:`Decision` RETURN count(n) AS written",
            Neo4jGraphLoader.NodeStatement("Decision"));
        Assert.Equal("UNWIND $rows AS row MATCH (a:Node {id: row.start}), (b:Node {id: row.end}) MERGE (a)-[r:`DECIDED_BY` {id: row.id}]->(b) SET r = row.properties RETURN count(r) AS written",
            Neo4jGraphLoader.RelationshipStatement("DECIDED_BY"));
    }

    [Theory]
    [InlineData("Bad`) DETACH DELETE (m", "RELATES")]
    [InlineData("Decision", "HAS TYPE")]
    [InlineData("9Lives", "RELATES")]
    public async Task A_label_or_type_that_is_not_a_plain_identifier_is_refused_before_anything_is_sent(string label, string type)
    {
        var graph = new KnowledgeGraph(
            [Node("a", label), Node("b", "Decision")],
            [new Relationship("r", type, "a", "b", new Dictionary<string, object?>(), [])]);
        var runner = new RecordingCypherRunner();

        await Assert.ThrowsAsync<ArgumentException>(() => new Neo4jGraphLoader(runner).LoadAsync(graph, CancellationToken.None));

        Assert.Empty(runner.AutoCommitted);
        Assert.Empty(runner.Transactions);
    }

    [Fact]
    public async Task A_failing_second_batch_is_rolled_back_and_the_error_names_its_label_and_first_and_last_row_ids()
    {
        var graph = new KnowledgeGraph(Enumerable.Range(1, 7).Select(i => Node($"decision:{i}", "Decision")), []);
        var runner = new RecordingCypherRunner(failingTransaction: 2);

        var error = await Assert.ThrowsAsync<Neo4jLoadException>(() => new Neo4jGraphLoader(runner, batchSize: 3).LoadAsync(graph, CancellationToken.None));

        Assert.Equal(
            "loading Decision nodes failed in the batch of rows decision:4 … decision:6 and it was rolled back: " +
            "Neo.ClientError.Schema.ConstraintValidationFailed: Node already exists with label `Node` and property `id`", error.Message);
        Assert.Equal(2, runner.Transactions.Count);
        Assert.True(runner.Transactions[0].Committed);
        Assert.True(runner.Transactions[1].RolledBack);
        Assert.False(runner.Transactions[1].Committed);
    }

    [Fact]
    public async Task A_load_ends_by_removing_what_an_earlier_load_left_relationships_first_keeping_exactly_the_graphs_ids()
    {
        var graph = RealGraph.Graph;
        var runner = new RecordingCypherRunner();

        await new Neo4jGraphLoader(runner).LoadAsync(graph, CancellationToken.None);

        var (relationships, nodes) = (runner.Transactions[^3], runner.Transactions[^2]);
        Assert.Equal(Neo4jGraphLoader.PruneRelationshipsStatement, relationships.Statements.Single().Text);
        Assert.Equal(graph.Relationships.Select(r => r.Id).Order(), relationships.Kept!.Order());
        Assert.Equal(Neo4jGraphLoader.PruneNodesStatement, nodes.Statements.Single().Text);
        Assert.Equal(graph.Nodes.Select(n => n.Id).Order(), nodes.Kept!.Order());
    }

    [Fact]
    public async Task A_load_writes_the_embedded_stores_version_of_its_graph_last()
    {
        var runner = new RecordingCypherRunner();
        using var embedded = new EmbeddedGraphStore(RealGraph.Graph);

        await new Neo4jGraphLoader(runner).LoadAsync(RealGraph.Graph, CancellationToken.None);

        var last = runner.Transactions[^1].Statements.Single();
        Assert.Equal(CypherQueries.WriteVersion(embedded.Version).ToString(), last.ToString());
        Assert.True(runner.Transactions[^1].Committed);
    }

    [Fact]
    public async Task A_failing_removal_is_rolled_back_after_every_batch_was_committed_and_the_error_says_what_was_being_removed()
    {
        var graph = new KnowledgeGraph([Node("decision:1", "Decision")], []);
        var runner = new RecordingCypherRunner(failingTransaction: 2);

        var error = await Assert.ThrowsAsync<Neo4jLoadException>(() => new Neo4jGraphLoader(runner).LoadAsync(graph, CancellationToken.None));

        Assert.StartsWith("removing stale relationships failed and was rolled back: Neo.ClientError", error.Message);
        Assert.True(runner.Transactions[0].Committed);
        Assert.True(runner.Transactions[1].RolledBack);
        Assert.Equal(2, runner.Transactions.Count);
    }

    [Fact]
    public async Task Properties_are_sent_with_decimals_as_doubles_without_nulls_with_the_id_and_the_evidence_as_three_lists()
    {
        var properties = new Dictionary<string, object?> { ["amount"] = 3.5m, ["note"] = null, ["years"] = new List<long> { 2023, 2024 }, ["count"] = 4 };
        var graph = new KnowledgeGraph(
            [new Node("budget:x", ["Budget"], properties, [new Evidence("doc-a.md", 12, "3,5 euro"), new Evidence("doc-b.md", 40, "x")])],
            []);
        var runner = new RecordingCypherRunner();

        await new Neo4jGraphLoader(runner).LoadAsync(graph, CancellationToken.None);

        var sent = (Dictionary<string, object?>)runner.Transactions.First().Rows.Single()["properties"]!;
        Assert.Equal(3.5, Assert.IsType<double>(sent["amount"]));
        Assert.False(sent.ContainsKey("note"));
        Assert.Equal([2023L, 2024L], Assert.IsType<List<object?>>(sent["years"]));
        Assert.Equal(4L, Assert.IsType<long>(sent["count"]));
        Assert.Equal("budget:x", sent["id"]);
        Assert.Equal(["doc-a.md", "doc-b.md"], Assert.IsType<List<object?>>(sent["sourceDocuments"]));
        Assert.Equal([12L, 40L], Assert.IsType<List<object?>>(sent["sourceOffsets"]));
        Assert.Equal(["3,5 euro", "x"], Assert.IsType<List<object?>>(sent["sourceQuotes"]));
    }

    [Fact]
    public void The_schema_has_the_id_constraint_the_lookup_indexes_a_range_index_per_stored_property_but_prose_and_the_dutch_full_text_index()
    {
        var graph = new GraphBuilder();
        graph.AddNode("decision:1", "Decision", new Dictionary<string, object?> { ["title"] = "t", ["date"] = "2021-03-05", ["text"] = "lang", ["projectCodes"] = new List<string> { "VV057" } });
        graph.AddNode("decision:2", "Decision", new Dictionary<string, object?> { ["sourceIndex"] = 2L, ["date"] = null });
        graph.AddNode("clause:3.2.3", "Clause", new Dictionary<string, object?> { ["number"] = "3.2.3" });
        graph.AddRelationship("FULFILLS", "decision:1", "clause:3.2.3", new Dictionary<string, object?> { ["basis"] = "cited" });
        graph.AddRelationship("FULFILLS", "decision:2", "clause:3.2.3");

        var texts = Neo4jGraphSchema.Statements(graph.Build()).Select(s => s.Text).ToList();

        Assert.Equal(
        [
            "CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE",
            "CREATE LOOKUP INDEX node_label_lookup IF NOT EXISTS FOR (n) ON EACH labels(n)",
            "CREATE LOOKUP INDEX relationship_type_lookup IF NOT EXISTS FOR ()-[r]-() ON EACH type(r)",
            "CREATE INDEX `Clause_id` IF NOT EXISTS FOR (n:`Clause`) ON (n.`id`)",
            "CREATE INDEX `Clause_number` IF NOT EXISTS FOR (n:`Clause`) ON (n.`number`)",
            "CREATE INDEX `Decision_date` IF NOT EXISTS FOR (n:`Decision`) ON (n.`date`)",
            "CREATE INDEX `Decision_id` IF NOT EXISTS FOR (n:`Decision`) ON (n.`id`)",
            "CREATE INDEX `Decision_projectCodes` IF NOT EXISTS FOR (n:`Decision`) ON (n.`projectCodes`)",
            "CREATE INDEX `Decision_sourceIndex` IF NOT EXISTS FOR (n:`Decision`) ON (n.`sourceIndex`)",
            "CREATE INDEX `Decision_title` IF NOT EXISTS FOR (n:`Decision`) ON (n.`title`)",
            "CREATE INDEX `FULFILLS_basis` IF NOT EXISTS FOR ()-[r:`FULFILLS`]-() ON (r.`basis`)",
            "CREATE FULLTEXT INDEX nodeText IF NOT EXISTS FOR (n:Node) ON EACH [n.title, n.name, n.text, n.question, n.answer, n.definition, n.sentence, n.relevance] " +
            "OPTIONS {indexConfig: {`fulltext.analyzer`: 'dutch'}}",
            "CALL db.awaitIndexes(300)",
        ], texts);
    }

    [Fact]
    public void Two_indexes_that_would_share_a_name_stop_the_schema_with_the_name()
    {
        var graph = new GraphBuilder();
        graph.AddNode("a:1", "Budget_year", new Dictionary<string, object?> { ["amount"] = 1L });
        graph.AddNode("b:1", "Budget", new Dictionary<string, object?> { ["year_amount"] = 1L });

        var error = Assert.Throws<ArgumentException>(() => Neo4jGraphSchema.Statements(graph.Build()).ToList());

        Assert.Contains("'Budget_year_amount'", error.Message);
    }

    private static Node Node(string id, string label) => new(id, [label], new Dictionary<string, object?> { ["title"] = "t " + id }, []);
}
