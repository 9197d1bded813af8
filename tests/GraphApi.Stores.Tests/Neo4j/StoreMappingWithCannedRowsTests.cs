using GraphApi.Graph;
using GraphApi.Stores.Embedded;
using GraphApi.Stores.Neo4j;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>
/// The Neo4j store over a runner that answers with canned rows: these test how the store builds its
/// answers from rows (pages, cursors, counts, grouping, snippets, version), not what Neo4j would return.
/// The rows are cut from a small graph the way the statements ask, so that the embedded store over the
/// same graph gives the expected answers.
/// </summary>
public class StoreMappingWithCannedRowsTests
{
    private static readonly Evidence Source = new("besluit.txt", 0, "besluit");
    private static readonly KnowledgeGraph Graph = BuildGraph();

    private static KnowledgeGraph BuildGraph()
    {
        var graph = new GraphBuilder();
        for (var i = 1; i <= 5; i++)
            graph.AddNode($"decision:00{i}", NodeLabel.Decision,
                new Dictionary<string, object?> { ["title"] = $"Besluit {i} over digitale dienstverlening", ["year"] = 2020L + i }, Source);
        graph.AddNode("agency:athumi", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Athumi" }, Source);
        graph.AddNode("agency:dv", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Digitaal Vlaanderen" }, Source);
        graph.AddRelationship(RelationshipType.Involves, "decision:001", "agency:dv", Source);
        graph.AddRelationship(RelationshipType.Involves, "decision:001", "agency:athumi", Source);
        graph.AddRelationship(RelationshipType.Involves, "decision:002", "agency:athumi");
        return graph.Build();
    }

    // Answers FindNodes as Neo4j would for the unfiltered decisions in id order: the count and the page the statement's subqueries cut.
    private static IReadOnlyList<IReadOnlyList<object?>> FindNodesRows(CypherStatement statement)
    {
        var ordered = Graph.NodesLabelled(NodeLabel.Decision).ToList();
        return [[(long)ordered.Count, PageAsAsked(ordered, statement).Select(n => (object?)QueryApiRows.Node(n)).ToList()]];
    }

    // The page subqueries of CypherWindow run over the ordered matches: SKIP $skip LIMIT $limit in order; LIMIT $last in
    // the reversed order, cut at totalCount - $start and turned back; with a Before cursor, the first only when
    // $before <= totalCount, the second only when not.
    private static List<Node> PageAsAsked(IReadOnlyList<Node> ordered, CypherStatement statement)
    {
        var parameters = statement.Parameters;
        long total = ordered.Count;
        bool? cursorWithinCount = parameters.TryGetValue("before", out var before) ? Convert.ToInt64(before) <= total : null;
        var page = new List<Node>();
        if (parameters.TryGetValue("skip", out var skip) && cursorWithinCount != false)
        {
            Assert.Contains("SKIP $skip LIMIT $limit", statement.Text);
            page.AddRange(ordered.Skip((int)Math.Min(Convert.ToInt64(skip), total)).Take(Convert.ToInt32(parameters["limit"])));
        }
        if (parameters.TryGetValue("last", out var last) && cursorWithinCount != true)
        {
            Assert.Contains("LIMIT $last", statement.Text);
            var fromEnd = ordered.Reverse().Take(Convert.ToInt32(last));
            page.AddRange(fromEnd.Take((int)Math.Max(total - Convert.ToInt64(parameters["start"]), 0)).Reverse());
        }
        return page;
    }

    public static TheoryData<int, int?, int?, int?> Windows()
    {
        var windows = new TheoryData<int, int?, int?, int?>();
        foreach (var first in new[] { 0, 2, 10 })
        foreach (var after in new int?[] { null, 0, 1, 3, 4, 9 })
            windows.Add(first, after, null, null);
        foreach (var last in new[] { 0, 2, 10 })
        foreach (var after in new int?[] { null, 0, 3, 9 })
        foreach (var before in new int?[] { null, 0, 2, 4, 5, 6, 9 })
            windows.Add(0, after, last, before);
        foreach (var after in new int?[] { null, 1, 3 })
        foreach (var before in new int?[] { 0, 2, 4, 9 })
            windows.Add(2, after, null, before);
        return windows;
    }

    [Theory]
    [MemberData(nameof(Windows))]
    public async Task Find_nodes_builds_the_page_cursors_count_and_flags_as_the_embedded_store_does(int first, int? afterPosition, int? last, int? beforePosition)
    {
        var after = afterPosition is { } position ? Cursor.Encode(position) : null;
        var before = beforePosition is { } end ? Cursor.Encode(end) : null;
        var query = new NodeQuery(NodeLabel.Decision, null, [], first, after, last, before);
        using var embedded = new EmbeddedGraphStore(Graph);
        using var store = new Neo4jGraphStore(new RecordingRunner(FindNodesRows));

        var expected = await embedded.FindNodesAsync(query, CancellationToken.None);
        var page = await store.FindNodesAsync(query, CancellationToken.None);

        Assert.Equal(expected.Nodes.Select(n => n.Id), page.Nodes.Select(n => n.Id));
        Assert.Equal(expected.Cursors, page.Cursors);
        Assert.Equal(expected.TotalCount, page.TotalCount);
        Assert.Equal(expected.HasNextPage, page.HasNextPage);
        Assert.Equal(expected.HasPreviousPage, page.HasPreviousPage);
    }

    // Answers RelatedPages as Neo4j would for the decisions involving each agency, in id order, paged as the statement's subqueries cut.
    private static IReadOnlyList<IReadOnlyList<object?>> RelatedPagesRows(CypherStatement statement) =>
        ((IEnumerable<string>)statement.Parameters["ids"]!).Select(id =>
        {
            var related = Graph.Relationships.Where(r => r.Type == RelationshipType.Involves && r.End == id).Select(r => Graph.Node(r.Start)!).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
            return (IReadOnlyList<object?>)[id, (long)related.Count, PageAsAsked(related, statement).Select(n => (object?)QueryApiRows.Node(n)).ToList()];
        }).Where(row => Graph.Node((string)row[0]!) is not null).ToList();

    [Fact]
    public async Task Related_pages_get_cursors_count_and_flags_as_the_embedded_store_gives_them_and_an_empty_page_for_unknown_ids()
    {
        var query = new RelatedQuery(new EdgeQuery(RelationshipType.Involves, Direction.Incoming, NodeLabel.Decision), [], new Window(0, Last: 1));
        string[] ids = ["agency:athumi", "agency:dv", "agency:none"];
        using var embedded = new EmbeddedGraphStore(Graph);
        using var store = new Neo4jGraphStore(new RecordingRunner(RelatedPagesRows));

        var expected = await embedded.GetRelatedPagesAsync(ids, query, CancellationToken.None);
        var pages = await store.GetRelatedPagesAsync(ids, query, CancellationToken.None);

        foreach (var id in ids)
        {
            Assert.Equal(expected[id].Nodes.Select(n => n.Id), pages[id].Nodes.Select(n => n.Id));
            Assert.Equal(expected[id].Cursors, pages[id].Cursors);
            Assert.Equal((expected[id].TotalCount, expected[id].HasNextPage, expected[id].HasPreviousPage), (pages[id].TotalCount, pages[id].HasNextPage, pages[id].HasPreviousPage));
        }
        Assert.True(pages["agency:athumi"].HasPreviousPage);
        Assert.Equal(0, pages["agency:none"].TotalCount);
    }

    [Fact]
    public async Task Get_edges_groups_the_rows_per_asking_node_and_gives_an_empty_list_to_the_others()
    {
        var rows = Graph.Relationships.OrderBy(r => r.Start, StringComparer.Ordinal).ThenBy(r => r.End, StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<object?>)[r.Start, QueryApiRows.Relationship(r), QueryApiRows.Node(Graph.Node(r.End)!)]).ToList();
        using var store = new Neo4jGraphStore(new RecordingRunner(_ => rows));

        var edges = await store.GetEdgesAsync(["decision:001", "decision:002", "decision:003", "decision:001"],
            new EdgeQuery(RelationshipType.Involves, Direction.Outgoing), CancellationToken.None);

        Assert.Equal(["agency:athumi", "agency:dv"], edges["decision:001"].Select(e => e.Other.Id));
        Assert.Equal("decision:002-INVOLVES->agency:athumi", Assert.Single(edges["decision:002"]).Relationship.Id);
        Assert.Empty(edges["decision:003"]);
    }

    [Fact]
    public async Task A_search_without_searchable_words_asks_nothing_and_finds_nothing()
    {
        var runner = new RecordingRunner(_ => throw new InvalidOperationException("no statement expected"));
        using var store = new Neo4jGraphStore(runner);

        Assert.Empty(await store.SearchAsync(new SearchQuery(" de het ?! ", null, 10), CancellationToken.None));
        Assert.Empty(runner.Statements);
    }

    [Fact]
    public async Task Search_hits_get_the_property_snippet_and_highlights_the_embedded_store_gives()
    {
        var node = Graph.Node("decision:003")!;
        using var embedded = new EmbeddedGraphStore(Graph);
        using var store = new Neo4jGraphStore(new RecordingRunner(_ => [[QueryApiRows.Node(node), 1.25]]));
        var query = new SearchQuery("Digitale besluiten", [NodeLabel.Decision], 1);

        var hit = Assert.Single(await store.SearchAsync(query, CancellationToken.None));
        var expected = (await embedded.SearchAsync(query with { First = 10 }, CancellationToken.None)).Single(h => h.Node.Id == node.Id);

        Assert.Equal(1.25, hit.Score);
        Assert.Equal("Besluit 3 over digitale dienstverlening", hit.Snippet);
        Assert.Equal([new Highlight(0, 7), new Highlight(15, 8)], hit.Highlights);
        Assert.Equal((expected.Property, expected.Snippet), (hit.Property, hit.Snippet));
        Assert.Equal(expected.Highlights, hit.Highlights);
    }

    [Fact]
    public async Task Shortest_path_rows_become_the_path_and_no_row_means_no_path()
    {
        var relationship = Graph.Relationships.First(r => r.Start == "decision:001" && r.End == "agency:athumi");
        var row = (IReadOnlyList<object?>)[
            new List<object?> { QueryApiRows.Node(Graph.Node("decision:001")!), QueryApiRows.Node(Graph.Node("agency:athumi")!) },
            new List<object?> { QueryApiRows.Relationship(relationship) }];
        using var found = new Neo4jGraphStore(new RecordingRunner(_ => [row]));
        using var none = new Neo4jGraphStore(new RecordingRunner(_ => []));

        var path = await found.ShortestPathAsync("decision:001", "agency:athumi", 3, CancellationToken.None);

        Assert.Equal(["decision:001", "agency:athumi"], path!.Nodes.Select(n => n.Id));
        Assert.Equal(relationship.Id, Assert.Single(path.Relationships).Id);
        Assert.Null(await none.ShortestPathAsync("decision:001", "agency:nowhere", 3, CancellationToken.None));
    }

    [Fact]
    public async Task Among_equally_short_paths_the_one_the_embedded_store_picks_is_found_in_the_subgraph_neo4j_returns()
    {
        var builder = new GraphBuilder();
        foreach (var id in new[] { "x:a", "x:b1", "x:b2", "x:c", "x:e", "x:z" })
            builder.AddNode(id, NodeLabel.Agency, new Dictionary<string, object?>());
        builder.AddRelationship("LINKS", "x:a", "x:e");
        builder.AddRelationship("LINKS", "x:e", "x:z");
        builder.AddRelationship("LINKS", "x:c", "x:b2");
        builder.AddRelationship("LINKS", "x:a", "x:b2");
        builder.AddRelationship("LINKS", "x:b1", "x:c");
        builder.AddRelationship("LINKS", "x:a", "x:b1");
        var graph = builder.Build();
        // What the statement returns: the nodes and relationships of both shortest paths, in no particular order.
        var onShortestPaths = graph.Relationships.Where(r => r.Start != "x:e" && r.End != "x:e").Reverse().ToList();
        var row = (IReadOnlyList<object?>)[
            new[] { "x:c", "x:b2", "x:a", "x:b1" }.Select(id => (object?)QueryApiRows.Node(graph.Node(id)!)).ToList(),
            onShortestPaths.Select(r => (object?)QueryApiRows.Relationship(r)).ToList()];
        using var embedded = new EmbeddedGraphStore(graph);
        using var store = new Neo4jGraphStore(new RecordingRunner(_ => [row]));

        var expected = await embedded.ShortestPathAsync("x:c", "x:a", 6, CancellationToken.None);
        var path = await store.ShortestPathAsync("x:c", "x:a", 6, CancellationToken.None);

        Assert.Equal(expected!.Nodes.Select(n => n.Id), path!.Nodes.Select(n => n.Id));
        Assert.Equal(expected.Relationships.Select(r => r.Id), path.Relationships.Select(r => r.Id));
    }

    [Fact]
    public void The_version_is_the_one_the_loader_wrote_read_once_then_again_when_its_lifetime_is_over()
    {
        var hashes = new Queue<string>(["first load", "second load"]);
        var runner = new RecordingRunner(_ => [[hashes.Dequeue()]]);
        var clock = new ManualClock();
        using var store = new Neo4jGraphStore(runner, clock);

        Assert.Equal("first load", store.Version);
        clock.Advance(Neo4jGraphStore.VersionLifetime - TimeSpan.FromMilliseconds(1));
        Assert.Equal("first load", store.Version);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal("second load", store.Version);
        Assert.Equal([CypherQueries.Version().Text, CypherQueries.Version().Text], runner.Statements.Select(s => s.Text));
    }

    [Fact]
    public void A_database_without_a_finished_load_has_no_version_and_says_to_run_the_load()
    {
        using var store = new Neo4jGraphStore(new RecordingRunner(_ => []));

        var error = Assert.Throws<InvalidOperationException>(() => store.Version);

        Assert.Contains("run the load command", error.Message);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
