using GraphApi.Stores.Filters;
using GraphApi.Stores.Neo4j;

namespace GraphApi.Stores.Tests.Neo4j;

public class CypherFilterTests
{
    private static (string Text, IReadOnlyDictionary<string, object?> Parameters) Translate(Filter filter)
    {
        var parameters = new CypherParameters();
        return (new CypherFilter(parameters).OnNode(filter, "n"), parameters.Values);
    }

    [Fact]
    public void Eq_null_tests_for_a_missing_property()
    {
        var (text, parameters) = Translate(new Comparison("date", Operator.Eq, null));
        Assert.Equal("n.`date` IS NULL", text);
        Assert.Empty(parameters);
    }

    [Fact]
    public void An_empty_all_of_holds_and_an_empty_any_of_does_not()
    {
        Assert.Equal("true", Translate(new AllOf([])).Text);
        Assert.Equal("false", Translate(new AnyOf([])).Text);
    }

    [Fact]
    public void All_related_nodes_without_a_condition_always_holds_as_in_memory() =>
        Assert.Equal("true", Translate(new Related(Quantifier.All, "INVOLVES", Direction.Outgoing, "Agency", null)).Text);

    [Fact]
    public void All_related_nodes_matching_is_no_related_node_failing()
    {
        var (text, _) = Translate(new Related(Quantifier.All, "INVOLVES", Direction.Incoming, null, new Comparison("id", Operator.Eq, "a")));
        Assert.StartsWith("NOT EXISTS { MATCH (n)<-[:`INVOLVES`]-(o0) WHERE NOT (coalesce(any(x IN CASE WHEN o0.`id`", text);
    }

    [Fact]
    public void A_null_in_an_in_list_also_matches_a_missing_property()
    {
        var (text, parameters) = Translate(new Comparison("kind", Operator.In, new List<string?> { "a", null }));
        Assert.StartsWith("n.`kind` IS NULL OR ", text);
        Assert.Equal(new List<object?> { "a" }, parameters["p0"]);
    }

    [Fact]
    public void A_decimal_value_is_compared_as_the_float_neo4j_stores() =>
        Assert.Equal(1.5, Translate(new Comparison("amount", Operator.Gte, 1.5m)).Parameters["p0"]);

    [Fact]
    public void Ignore_case_compares_upper_case_only_when_both_sides_are_strings() =>
        Assert.Contains("CASE WHEN x IS :: STRING NOT NULL AND $p0 IS :: STRING NOT NULL THEN toUpper(x) = toUpper($p0) ELSE x = $p0 END",
            Translate(new Comparison("name", Operator.Eq, "athumi", IgnoreCase: true)).Text);

    [Fact]
    public void Every_comparison_is_true_or_false_so_that_not_holds_on_a_missing_property() =>
        Assert.StartsWith("NOT (coalesce(", Translate(new Not(new Comparison("name", Operator.Contains, "x"))).Text);

    [Fact]
    public void A_relationship_filter_cannot_test_related_nodes()
    {
        var parameters = new CypherParameters();
        Assert.Throws<ArgumentException>(() => new CypherFilter(parameters)
            .OnRelationship(new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, null, null), "r"));
    }
}
