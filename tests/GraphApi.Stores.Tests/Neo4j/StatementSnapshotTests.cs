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
    public void Ten_decisions_after_a_cursor_in_id_order_are_counted_alone_and_paged_with_a_predicate_on_the_id() =>
        Snapshot.Match(CypherQueries.FindNodes(new NodeQuery("Decision", null, [], 10, GraphApi.Stores.Embedded.Cursor.Encode(19))).ToString());

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

    [Fact]
    public void The_five_newest_decisions_of_each_agency_with_their_count_are_one_windowed_subquery_per_agency() =>
        Snapshot.Match(CypherQueries.RelatedPages(["agency:digitaal-vlaanderen", "agency:athumi"],
            new RelatedQuery(new EdgeQuery("INVOLVES", Direction.Incoming, "Decision"), [new Order("date", Descending: true)], new Window(5))).ToString());

    [Fact]
    public void A_clauses_decisions_directly_or_through_its_promises_are_a_union_counted_and_paged_once() =>
        Snapshot.Match(CypherQueries.RelatedPages(["clause:3.2.3"],
            new RelatedQuery(new EdgeQuery("FULFILLS", Direction.Incoming, "Decision", new Comparison("date", Operator.Gte, "2021")), [new Order("date")], new Window(5),
                Through: new EdgeQuery("PART_OF", Direction.Incoming, "Promise"))).ToString());

    [Fact]
    public void The_last_three_decisions_before_a_cursor_filtered_and_aggregated_slice_back_from_the_cursor() =>
        Snapshot.Match(CypherQueries.RelatedPages(["agency:digitaal-vlaanderen"],
            new RelatedQuery(new EdgeQuery("INVOLVES", Direction.Incoming, "Decision", new Not(new Comparison("title", Operator.Contains, "veerkracht", IgnoreCase: true))),
                [new Order("title")], new Window(0, Last: 3, Before: GraphApi.Stores.Embedded.Cursor.Encode(7)), ["date", "sourceIndex"])).ToString());

    [Fact]
    public void Agencies_by_their_number_of_decisions_count_distinct_decisions_in_a_collect_subquery() =>
        Snapshot.Match(CypherQueries.FindNodes(new NodeQuery("Agency", null,
            [new Order("decisionsCount", Descending: true, CountOf: new EdgeQuery("INVOLVES", Direction.Incoming, "Decision")), new Order("name")], 10, null, Last: 4)).ToString());

    [Fact]
    public void Project_codes_some_of_which_start_with_VV07_quantify_over_the_list_elements() =>
        Snapshot.Match(CypherQueries.FindNodes(new NodeQuery("Decision",
            new Elements(Quantifier.Some, "projectCodes", new AllOf([new Comparison("projectCodes", Operator.StartsWith, "VV07"), new Not(new Comparison("projectCodes", Operator.EndsWith, "2"))])), [], 20, null)).ToString());
}
