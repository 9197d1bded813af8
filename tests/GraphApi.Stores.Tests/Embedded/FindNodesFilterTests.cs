using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>Filters of every kind, evaluated on the decisions of the real graph.</summary>
public class FindNodesFilterTests
{
    private static async Task<List<string>> DecisionIds(Filter? where)
    {
        var page = await RealGraph.Store.FindNodesAsync(new NodeQuery("Decision", where, [], 100, null), CancellationToken.None);
        return page.Nodes.Select(n => n.Id).ToList();
    }

    private static string Title(string id) => (string)RealGraph.Graph.Node(id)!.Properties["title"]!;

    private static Comparison Date(Operator op, string value) => new("date", op, value);

    [Fact]
    public async Task Decisions_whose_agencies_include_Athumi_are_found_through_the_involves_relationship()
    {
        var athumi = new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, "Agency", new Comparison("name", Operator.Eq, "Athumi"));

        Assert.Equal(["decision:000-11", "decision:000-12", "decision:000-15", "decision:000-18"], await DecisionIds(athumi));
    }

    [Fact]
    public async Task Gte_and_lte_on_an_iso_date_string_find_the_decisions_of_one_year()
    {
        var ids = await DecisionIds(new AllOf([Date(Operator.Gte, "2021-01-01"), Date(Operator.Lte, "2021-12-31")]));

        Assert.Equal(17, ids.Count);
        Assert.Contains("decision:000-23", ids);
        Assert.DoesNotContain("decision:000-41", ids);
    }

    [Fact]
    public async Task Eq_null_finds_the_24_decisions_without_a_date()
    {
        var ids = await DecisionIds(new Comparison("date", Operator.Eq, null));

        Assert.Equal(24, ids.Count);
        Assert.Contains("decision:000-04", ids);
    }

    [Fact]
    public async Task Not_excludes_what_its_filter_matches()
    {
        var ids = await DecisionIds(new AllOf([
            new Not(new Comparison("kind", Operator.Eq, "approval")),
            Date(Operator.Gte, "2021-01-01"),
            Date(Operator.Lte, "2021-12-31"),
        ]));

        Assert.Equal(["decision:000-19", "decision:000-21", "decision:000-22", "decision:000-23", "decision:000-25", "decision:000-40", "decision:000-52"], ids);
    }

    [Fact]
    public async Task AnyOf_matches_when_one_of_its_filters_does()
    {
        var ids = await DecisionIds(new AnyOf([new Comparison("kind", Operator.Eq, "approval"), new Comparison("kind", Operator.Eq, "call")]));

        Assert.Equal(41, ids.Count);
    }

    [Fact]
    public async Task In_matches_any_value_of_a_list()
    {
        var ids = await DecisionIds(new Comparison("kind", Operator.In, new List<string> { "draft", "preliminaryDraft" }));

        Assert.Equal(14, ids.Count);
        Assert.Contains("decision:000-23", ids);
        Assert.Contains("decision:000-12", ids);
    }

    [Fact]
    public async Task Contains_on_the_title_matches_case_exactly_unless_told_to_ignore_it()
    {
        Assert.Empty(await DecisionIds(new Comparison("title", Operator.Contains, "BURGERPROFIEL")));
        Assert.Equal(["decision:000-58"], await DecisionIds(new Comparison("title", Operator.Contains, "BURGERPROFIEL", IgnoreCase: true)));
    }

    [Fact]
    public async Task Starts_with_and_ends_with_test_the_ends_of_the_text()
    {
        var starts = await DecisionIds(new Comparison("title", Operator.StartsWith, "Plan Vlaamse Veerkracht"));
        var ends = await DecisionIds(new Comparison("title", Operator.EndsWith, "Veerkracht", IgnoreCase: true));

        Assert.NotEmpty(starts);
        Assert.All(starts, id => Assert.StartsWith("Plan Vlaamse Veerkracht", Title(id)));
        Assert.All(ends, id => Assert.EndsWith("veerkracht", Title(id), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Contains_on_a_list_property_matches_an_element()
    {
        Assert.Equal(["decision:000-10", "decision:000-36"], await DecisionIds(new Comparison("projectCodes", Operator.Contains, "vv072", IgnoreCase: true)));
    }

    [Fact]
    public async Task Eq_compares_strings_exactly_unless_told_to_ignore_case()
    {
        Assert.Empty(await DecisionIds(new Comparison("kind", Operator.Eq, "APPROVAL")));
        Assert.Equal(36, (await DecisionIds(new Comparison("kind", Operator.Eq, "APPROVAL", IgnoreCase: true))).Count);
    }

    [Fact]
    public async Task The_id_property_is_the_node_id()
    {
        Assert.Equal(["decision:000-23"], await DecisionIds(new Comparison("id", Operator.Eq, "decision:000-23")));
    }

    [Fact]
    public async Task Related_none_finds_the_decisions_that_involve_no_agency_besides_the_government_that_takes_them()
    {
        Assert.Equal(
            ["decision:000-03", "decision:000-17", "decision:000-25", "decision:000-26", "decision:000-27", "decision:000-28", "decision:000-34", "decision:000-36",
             "decision:000-39", "decision:000-49", "decision:000-50", "decision:000-51", "decision:000-56", "decision:000-57", "decision:000-58"],
            await DecisionIds(new Related(Quantifier.None, "INVOLVES", Direction.Outgoing, null, null)));
    }

    [Fact]
    public async Task Related_all_holds_when_every_related_node_matches_and_when_there_are_none()
    {
        var governmentOnly = new Related(Quantifier.All, "INVOLVES", Direction.Outgoing, "Agency",
            new Comparison("type", Operator.In, new List<string> { "agentschap", "departement", "regering" }));

        var ids = await DecisionIds(governmentOnly);

        Assert.Equal(28, ids.Count);
        Assert.Contains("decision:000-23", ids);
        Assert.Contains("decision:000-27", ids);
        Assert.DoesNotContain("decision:000-11", ids);
    }

    [Fact]
    public async Task Related_filters_nest_across_several_hops()
    {
        // Decisions fulfilling a clause that some other decision involving Athumi also fulfils.
        var involvesAthumi = new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, null, new Comparison("id", Operator.Eq, "agency:athumi"));
        var clauseWithAthumi = new Related(Quantifier.Some, "FULFILLS", Direction.Outgoing, "Clause",
            new Related(Quantifier.Some, "FULFILLS", Direction.Incoming, "Decision", involvesAthumi));

        var ids = await DecisionIds(clauseWithAthumi);

        Assert.Equal(35, ids.Count);
    }

    [Fact]
    public async Task A_relationship_filter_cannot_test_related_nodes()
    {
        var query = new EdgeQuery("FULFILLS", Direction.Incoming, RelationshipWhere: new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, null, null));

        await Assert.ThrowsAsync<ArgumentException>(() => RealGraph.Store.GetEdgesAsync(["clause:3.2.3"], query, CancellationToken.None));
    }

    [Fact]
    public async Task Elements_tests_each_element_of_a_list_on_its_own()
    {
        var some = await DecisionIds(new Elements(Quantifier.Some, "projectCodes", new Comparison("projectCodes", Operator.StartsWith, "VV07")));
        var none = await DecisionIds(new Elements(Quantifier.None, "projectCodes", new Comparison("projectCodes", Operator.StartsWith, "VV07")));
        var all = await DecisionIds(new Elements(Quantifier.All, "projectCodes", new Comparison("projectCodes", Operator.StartsWith, "VV07")));
        var empty = await DecisionIds(new Elements(Quantifier.None, "projectCodes", new AllOf([])));

        Assert.Contains("decision:000-10", some);
        Assert.Equal(59, some.Count + none.Count);
        Assert.Empty(some.Intersect(none));
        // All holds for every decision that names no project code, and for those that name only VV07x.
        Assert.Superset(empty.ToHashSet(), all.Except(some).ToHashSet());
        Assert.Subset(all.ToHashSet(), empty.ToHashSet());
    }
}
