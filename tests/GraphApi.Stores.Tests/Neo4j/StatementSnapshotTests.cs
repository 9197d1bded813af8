using GraphApi.Stores.Filters;
using GraphApi.Stores.Neo4j;
using Snapshooter.Xunit;

namespace GraphApi.Stores.Tests.Neo4j;

public class StatementSnapshotTests
{
    [Fact]
    public void A_decision_by_id_is_one_unwind_and_match_on_the_node_label() =>
        Snapshot.Match(CypherQueries.GetNodes(["decision:000-11"]).ToString());

    [Fact]
    public void Decisions_involving_Athumi_in_2021_by_date_descending_are_filtered_sorted_counted_and_sliced_in_one_statement()
    {
        var where = new AllOf([
            new Related(Quantifier.Some, "INVOLVES", Direction.Outgoing, "Agency", new Comparison("name", Operator.Eq, "Athumi")),
            new Comparison("date", Operator.Gte, "2021-01-01"),
            new Comparison("date", Operator.Lte, "2021-12-31"),
        ]);
        var query = new NodeQuery("Decision", where, [new Order("date", Descending: true)], 20, null);

        Snapshot.Match(CypherQueries.FindNodes(query).ToString());
    }

    [Fact]
    public void Outgoing_involves_edges_of_three_decisions_come_ordered_by_the_other_node() =>
        Snapshot.Match(CypherQueries.GetEdges(
            ["decision:000-11", "decision:000-12", "decision:000-15"], new EdgeQuery("INVOLVES", Direction.Outgoing)).ToString());

    [Fact]
    public void Incoming_fulfils_edges_with_a_cited_basis_filter_the_relationship_properties() =>
        Snapshot.Match(CypherQueries.GetEdges(
            ["clause:3.2.3"], new EdgeQuery("FULFILLS", Direction.Incoming, RelationshipWhere: new Comparison("basis", Operator.In, new List<string> { "cited" }))).ToString());

    [Fact]
    public void Search_queries_the_full_text_index_then_filters_labels_and_limits() =>
        Snapshot.Match(CypherQueries.Search(LuceneQuery.Words(["digitale", "besluiten"]), ["Decision", "Clause"], 10).ToString());

    [Fact]
    public void Shortest_path_writes_the_clamped_hop_count_and_returns_every_shortest_path_once() =>
        Snapshot.Match(CypherQueries.ShortestPath("decision:000-11", "agency:athumi", 4).ToString());
}
