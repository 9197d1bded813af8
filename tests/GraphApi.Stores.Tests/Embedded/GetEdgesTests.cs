using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Tests.Embedded;

public class GetEdgesTests
{
    private static Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> Edges(IReadOnlyCollection<string> ids, EdgeQuery query) =>
        RealGraph.Store.GetEdgesAsync(ids, query, CancellationToken.None);

    [Fact]
    public async Task Outgoing_edges_of_several_nodes_come_per_node_sorted_by_the_other_node()
    {
        var edges = await Edges(["decision:000-23", "decision:000-11"], new EdgeQuery("INVOLVES", Direction.Outgoing));

        Assert.Equal(["agency:digitaal-vlaanderen", "agency:facilitair-bedrijf", "agency:informatie-vlaanderen"], edges["decision:000-23"].Select(e => e.Other.Id));
        Assert.Equal(["agency:athumi", "agency:vlaams-parlement"], edges["decision:000-11"].Select(e => e.Other.Id));
        Assert.All(edges["decision:000-11"], e => Assert.Equal("decision:000-11", e.Relationship.Start));
    }

    [Fact]
    public async Task Ids_not_in_the_graph_get_an_empty_list()
    {
        var edges = await Edges(["decision:000-23", "decision:999"], new EdgeQuery("INVOLVES", Direction.Outgoing));

        Assert.Empty(edges["decision:999"]);
        Assert.Equal(3, edges["decision:000-23"].Count);
    }

    [Fact]
    public async Task A_relationship_filter_keeps_the_edges_whose_own_properties_match()
    {
        var fulfilledOnPaper = new EdgeQuery("FULFILLS", Direction.Incoming,
            RelationshipWhere: new Comparison("basis", Operator.In, new List<string> { "cited", "curated" }));

        var edges = await Edges(["clause:3.2.3", "promise:3.2.3-03"], fulfilledOnPaper);

        Assert.Equal(35, edges["clause:3.2.3"].Count);
        Assert.All(edges["clause:3.2.3"], e => Assert.Equal("cited", e.Relationship.Get<string>("basis")));
        // promise 3.2.3-03 has four textual links and one curated one.
        Assert.Equal("decision:000-41", Assert.Single(edges["promise:3.2.3-03"]).Other.Id);
    }

    [Fact]
    public async Task The_other_node_is_filtered_by_label_and_where()
    {
        var recentDecisions = new EdgeQuery("INVOLVES", Direction.Incoming, "Decision", new Comparison("date", Operator.Gte, "2023-01-01"));

        var edges = await Edges(["agency:athumi"], recentDecisions);

        Assert.Equal(["decision:000-11", "decision:000-15", "decision:000-18"], edges["agency:athumi"].Select(e => e.Other.Id));
    }

    [Fact]
    public async Task Other_labels_are_left_out()
    {
        var edges = await Edges(["agency:athumi"], new EdgeQuery("INVOLVES", Direction.Incoming, "Initiative"));

        Assert.Equal(5, edges["agency:athumi"].Count);
        Assert.All(edges["agency:athumi"], e => Assert.Equal("Initiative", e.Other.Label));
    }
}
