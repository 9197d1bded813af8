using GraphApi.Graph;
using GraphApi.Stores.Embedded;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>
/// Related filters over a small hand-made graph whose edge cases are known: decisions with no
/// agency, with several matching agencies, with the same agency twice, with a non-agency of the
/// same name, and an agency that matches only when case is ignored.
/// </summary>
public class RelatedFilterTests
{
    private static readonly EmbeddedGraphStore Store = new(Graph());

    private static KnowledgeGraph Graph() => new(
        [
            Node("agency:dv", "Agency", ("name", "Digitaal Vlaanderen"), ("alias", new List<string> { "DV" })),
            Node("agency:athumi", "Agency", ("name", "Athumi"), ("alias", new List<string>())),
            Node("agency:iv", "Agency", ("name", "Informatie Vlaanderen"), ("alias", new List<string> { "digitaal vlaanderen" })),
            Node("programme:dv", "Programme", ("name", "Digitaal Vlaanderen")),
            Node("decision:1", "Decision", ("kind", "approval")),
            Node("decision:2", "Decision", ("kind", "approval")),
            Node("decision:3", "Decision", ("kind", "call")),
            Node("decision:4", "Decision", ("kind", "approval")),
            Node("decision:5", "Decision", ("kind", "approval")),
            Node("decision:6", "Decision", ("kind", "subsidy")),
            Node("clause:1", "Clause"),
            Node("clause:2", "Clause"),
        ],
        [
            Involves("r01", "decision:1", "agency:dv"),
            Involves("r02", "decision:2", "agency:dv"),
            Involves("r03", "decision:2", "agency:iv"),
            Involves("r04", "decision:2", "agency:athumi"),
            Involves("r05", "decision:3", "agency:athumi"),
            Involves("r06", "decision:5", "programme:dv"),
            Involves("r07", "decision:6", "agency:dv"),
            Involves("r08", "decision:6", "agency:dv"),
            Fulfills("r09", "decision:1", "clause:1"),
            Fulfills("r10", "decision:2", "clause:1"),
            Fulfills("r11", "decision:3", "clause:1"),
            Fulfills("r12", "decision:4", "clause:1"),
            Fulfills("r13", "decision:3", "clause:2"),
        ]);

    private static Node Node(string id, string label, params (string Key, object? Value)[] properties) =>
        new(id, [label], properties.ToDictionary(p => p.Key, p => p.Value), []);

    private static Relationship Involves(string id, string from, string to) => new(id, "INVOLVES", from, to, new Dictionary<string, object?>(), []);

    private static Relationship Fulfills(string id, string from, string to) => new(id, "FULFILLS", from, to, new Dictionary<string, object?>(), []);

    private static Filter Named(string name, bool ignoreCase) =>
        new AnyOf([new Comparison("name", Operator.Eq, name, ignoreCase), new Comparison("alias", Operator.Eq, name, ignoreCase)]);

    private static Related Agencies(Quantifier quantifier, Filter? where) => new(quantifier, "INVOLVES", Direction.Outgoing, "Agency", where);

    private static Task<List<string>> DecisionIds(Filter where) => DecisionIds(Store, where);

    private static async Task<List<string>> DecisionIds(EmbeddedGraphStore store, Filter where)
    {
        var page = await store.FindNodesAsync(new NodeQuery("Decision", where, [], 100, null), CancellationToken.None);
        return page.Nodes.Select(n => n.Id).ToList();
    }

    [Fact]
    public async Task Some_finds_decisions_with_one_or_several_matching_agencies_and_skips_other_labels()
    {
        Assert.Equal(["decision:1", "decision:2", "decision:6"], await DecisionIds(Agencies(Quantifier.Some, Named("DIGITAAL VLAANDEREN", ignoreCase: true))));
    }

    [Fact]
    public async Task Decisions_found_through_their_agencies_come_in_id_order_with_the_other_conditions_applied()
    {
        // Answered from the agencies' side (Athumi's decisions first, then Digitaal Vlaanderen's), yet paged in id order.
        var either = Agencies(Quantifier.Some, new AnyOf([Named("Athumi", ignoreCase: false), Named("Digitaal Vlaanderen", ignoreCase: false)]));

        Assert.Equal(["decision:1", "decision:2", "decision:3", "decision:6"], await DecisionIds(either));
        Assert.Equal(["decision:1", "decision:2"], await DecisionIds(new AllOf([either, new Comparison("kind", Operator.Eq, "approval")])));
    }

    [Fact]
    public async Task None_finds_decisions_without_agencies_or_with_only_non_matching_ones()
    {
        Assert.Equal(["decision:3", "decision:4", "decision:5"], await DecisionIds(Agencies(Quantifier.None, Named("digitaal vlaanderen", ignoreCase: true))));
    }

    [Fact]
    public async Task All_holds_for_decisions_without_agencies_and_fails_on_one_non_matching_agency()
    {
        Assert.Equal(["decision:1", "decision:4", "decision:5", "decision:6"], await DecisionIds(Agencies(Quantifier.All, Named("Digitaal Vlaanderen", ignoreCase: true))));
    }

    [Fact]
    public async Task Without_ignoring_case_only_the_exact_spelling_matches()
    {
        // Only Informatie Vlaanderen carries the lower-case spelling, as an alias.
        Assert.Equal(["decision:2"], await DecisionIds(Agencies(Quantifier.Some, Named("digitaal vlaanderen", ignoreCase: false))));
    }

    [Fact]
    public async Task Some_without_a_condition_finds_every_decision_with_an_agency()
    {
        Assert.Equal(["decision:1", "decision:2", "decision:3", "decision:6"], await DecisionIds(Agencies(Quantifier.Some, null)));
    }

    [Fact]
    public async Task Nested_related_filters_follow_two_hops()
    {
        // Decisions naming an agency that some call names: only Athumi is named by a call.
        var namedByACall = new Related(Quantifier.Some, "INVOLVES", Direction.Incoming, "Decision", new Comparison("kind", Operator.Eq, "call"));

        Assert.Equal(["decision:2", "decision:3"], await DecisionIds(Agencies(Quantifier.Some, namedByACall)));
        Assert.Equal(["decision:1", "decision:4", "decision:5", "decision:6"], await DecisionIds(Agencies(Quantifier.None, namedByACall)));
    }

    [Fact]
    public async Task The_same_related_filter_used_twice_in_one_query_answers_each_use()
    {
        var dv = Agencies(Quantifier.Some, Named("Digitaal Vlaanderen", ignoreCase: true));

        Assert.Equal(6, (await DecisionIds(new AnyOf([dv, new Not(dv)]))).Count);
        Assert.Empty(await DecisionIds(new AllOf([dv, new Not(dv)])));
    }

    [Fact]
    public async Task A_related_filter_on_edges_answers_per_node_for_several_nodes_in_one_call()
    {
        var query = new EdgeQuery("FULFILLS", Direction.Incoming, "Decision", Agencies(Quantifier.Some, Named("athumi", ignoreCase: true)));

        var edges = await Store.GetEdgesAsync(["clause:1", "clause:2"], query, CancellationToken.None);

        Assert.Equal(["decision:2", "decision:3"], edges["clause:1"].Select(e => e.Other.Id));
        Assert.Equal(["decision:3"], edges["clause:2"].Select(e => e.Other.Id));
    }

    [Fact]
    public async Task A_condition_asked_again_after_others_answers_as_a_store_that_never_saw_one()
    {
        // What a condition reaches is kept by the store for later calls; none may be taken for another.
        Filter[] conditions =
        [
            Agencies(Quantifier.Some, Named("Digitaal Vlaanderen", ignoreCase: true)),
            Agencies(Quantifier.Some, Named("digitaal vlaanderen", ignoreCase: false)),
            Agencies(Quantifier.None, Named("Digitaal Vlaanderen", ignoreCase: true)),
            Agencies(Quantifier.All, Named("Digitaal Vlaanderen", ignoreCase: true)),
            Agencies(Quantifier.Some, Named("Athumi", ignoreCase: false)),
            Agencies(Quantifier.Some, null),
        ];
        var fresh = new List<List<string>>();
        foreach (var condition in conditions)
            fresh.Add(await DecisionIds(new EmbeddedGraphStore(Graph()), condition));
        var store = new EmbeddedGraphStore(Graph());

        for (var round = 0; round < 2; round++)
            for (var i = 0; i < conditions.Length; i++)
                Assert.Equal(fresh[i], await DecisionIds(store, conditions[i]));
    }
}
