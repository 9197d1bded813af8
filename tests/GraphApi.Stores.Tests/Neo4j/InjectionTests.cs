using GraphApi.Stores.Filters;
using GraphApi.Stores.Neo4j;

namespace GraphApi.Stores.Tests.Neo4j;

public class InjectionTests
{
    public static TheoryData<string> Hostile =>
    [
        "x' OR 1=1 //",
        "x\" }) MATCH (n) DETACH DELETE n //",
        "`) MATCH (n) DETACH DELETE n //",
        "$p0 } RETURN 1 //",
        "MATCH (n) DETACH DELETE n",
        "a\\' UNION MATCH (m) RETURN m /*",
    ];

    [Theory, MemberData(nameof(Hostile))]
    public void A_compared_value_goes_only_into_the_parameters(string value)
    {
        foreach (var op in Enum.GetValues<Operator>())
        {
            var statement = CypherQueries.FindNodes(new NodeQuery("Decision", new Comparison("title", op, value, IgnoreCase: true), [], 10, null));
            AssertOnlyInParameters(statement, value);
        }
    }

    [Theory, MemberData(nameof(Hostile))]
    public void A_value_inside_a_related_filter_or_an_in_list_goes_only_into_the_parameters(string value)
    {
        var where = new Related(Quantifier.All, "INVOLVES", Direction.Outgoing, "Agency", new Comparison("name", Operator.In, new List<string> { "Athumi", value }));
        AssertOnlyInParameters(CypherQueries.FindNodes(new NodeQuery("Decision", where, [], 10, null)), value);
        AssertOnlyInParameters(CypherQueries.GetEdges(["d"], new EdgeQuery("FULFILLS", Direction.Incoming, null, null, new Comparison("basis", Operator.Eq, value))), value);
    }

    [Theory, MemberData(nameof(Hostile))]
    public void Ids_go_only_into_the_parameters(string id)
    {
        AssertOnlyInParameters(CypherQueries.GetNodes([id]), id);
        AssertOnlyInParameters(CypherQueries.GetEdges([id], new EdgeQuery("INVOLVES", Direction.Outgoing)), id);
        AssertOnlyInParameters(CypherQueries.ShortestPath(id, "agency:athumi", 3), id);
        AssertOnlyInParameters(CypherQueries.ShortestPath("agency:athumi", id, 3), id);
    }

    [Theory, MemberData(nameof(Hostile))]
    public void Search_text_and_search_labels_go_only_into_the_parameters(string text)
    {
        AssertOnlyInParameters(CypherQueries.Search(text, [text], 5), text);
    }

    [Theory, MemberData(nameof(Hostile))]
    public async Task Search_text_through_the_store_reaches_neo4j_only_as_an_escaped_parameter(string text)
    {
        var runner = new RecordingRunner(_ => []);
        using var store = new Neo4jGraphStore(runner);

        await store.SearchAsync(new SearchQuery(text, null, 5), CancellationToken.None);

        var statement = Assert.Single(runner.Statements);
        Assert.DoesNotContain(text, statement.Text);
        Assert.IsType<string>(statement.Parameters["query"]);
    }

    [Theory, MemberData(nameof(Hostile))]
    public void Property_names_labels_and_types_that_are_not_plain_identifiers_are_rejected(string name)
    {
        Assert.Throws<ArgumentException>(() => CypherQueries.FindNodes(new NodeQuery("Decision", new Comparison(name, Operator.Eq, "x"), [], 10, null)));
        Assert.Throws<ArgumentException>(() => CypherQueries.FindNodes(new NodeQuery("Decision", null, [new Order(name)], 10, null)));
        Assert.Throws<ArgumentException>(() => CypherQueries.FindNodes(new NodeQuery(name, null, [], 10, null)));
        Assert.Throws<ArgumentException>(() => CypherQueries.FindNodes(new NodeQuery("Decision", new Related(Quantifier.Some, name, Direction.Outgoing, null, null), [], 10, null)));
        Assert.Throws<ArgumentException>(() => CypherQueries.FindNodes(new NodeQuery("Decision", new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, name, null), [], 10, null)));
        Assert.Throws<ArgumentException>(() => CypherQueries.GetEdges(["d"], new EdgeQuery(name, Direction.Outgoing)));
        Assert.Throws<ArgumentException>(() => CypherQueries.GetEdges(["d"], new EdgeQuery("INVOLVES", Direction.Outgoing, name)));
        Assert.Throws<ArgumentException>(() => CypherQueries.GetEdges(["d"], new EdgeQuery("INVOLVES", Direction.Outgoing, null, null, new Comparison(name, Operator.Eq, 1L))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1abc")]
    [InlineData("na me")]
    [InlineData("naam-2")]
    [InlineData("é")]
    public void Names_outside_letters_digits_and_underscore_are_rejected(string name) =>
        Assert.Throws<ArgumentException>(() => CypherIdentifier.Quote(name, "property"));

    [Theory, MemberData(nameof(Hostile))]
    public async Task A_cursor_that_is_not_ours_is_rejected_before_any_statement_is_run(string cursor)
    {
        var runner = new RecordingRunner(_ => throw new InvalidOperationException("no statement expected"));
        using var store = new Neo4jGraphStore(runner);

        await Assert.ThrowsAsync<ArgumentException>(() => store.FindNodesAsync(new NodeQuery("Decision", null, [], 10, cursor), CancellationToken.None));
        Assert.Empty(runner.Statements);
    }

    [Fact]
    public void Lucene_syntax_in_search_words_is_escaped_to_literal_text() =>
        Assert.Equal("\\\"\\*\\:\\(\\\\ and", LuceneQuery.Words(["\"*:(\\", "AND"]));

    private static void AssertOnlyInParameters(CypherStatement statement, string value)
    {
        Assert.DoesNotContain(value, statement.Text);
        Assert.Contains(statement.Parameters.Values, p => p is string s ? s == value : p is System.Collections.IEnumerable list && list.Cast<object?>().Contains(value));
    }
}
