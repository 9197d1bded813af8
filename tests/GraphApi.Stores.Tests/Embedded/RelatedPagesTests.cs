using GraphApi.Graph;
using GraphApi.Stores.Embedded;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>Pages of related nodes per parent, on the real graph: filtered, sorted, counted and paged both ways.</summary>
public class RelatedPagesTests
{
    private static readonly EdgeQuery DecisionsOfAgency = new(RelationshipType.Involves, Direction.Incoming, NodeLabel.Decision);
    private static readonly Order[] NewestFirst = [new Order("date", Descending: true)];

    private static async Task<NodePage> Page(string agency, Window window, EdgeQuery? edges = null, IReadOnlyList<Order>? order = null) =>
        (await RealGraph.Store.GetRelatedPagesAsync([agency], new RelatedQuery(edges ?? DecisionsOfAgency, order ?? NewestFirst, window), CancellationToken.None))[agency];

    private static List<Node> AllDecisionsOf(string agency) =>
        RealGraph.Graph.Relationships.Where(r => r.Type == RelationshipType.Involves && r.End == agency)
            .Select(r => RealGraph.Graph.Node(r.Start)!).Where(n => n.Label == NodeLabel.Decision).DistinctBy(n => n.Id).ToList();

    [Fact]
    public async Task Every_parent_gets_its_own_page_and_count_in_one_call()
    {
        string[] agencies = ["agency:digitaal-vlaanderen", "agency:athumi", "agency:nobody"];

        var pages = await RealGraph.Store.GetRelatedPagesAsync(agencies, new RelatedQuery(DecisionsOfAgency, NewestFirst, new Window(5)), CancellationToken.None);

        Assert.Equal(AllDecisionsOf("agency:digitaal-vlaanderen").Count, pages["agency:digitaal-vlaanderen"].TotalCount);
        Assert.Equal(4, pages["agency:athumi"].TotalCount);
        Assert.Equal(4, pages["agency:athumi"].Nodes.Count);
        Assert.Equal(0, pages["agency:nobody"].TotalCount);
        var dates = pages["agency:digitaal-vlaanderen"].Nodes.Select(n => n.Get<string>("date")).ToList();
        Assert.Equal(5, dates.Count);
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task Paging_forward_and_backward_visits_the_same_nodes_once()
    {
        const string agency = "agency:digitaal-vlaanderen";
        var forward = new List<string>();
        for (string? after = null; ;)
        {
            var page = await Page(agency, new Window(4, after));
            forward.AddRange(page.Nodes.Select(n => n.Id));
            if (!page.HasNextPage) break;
            after = page.Cursors[^1];
        }
        var backward = new List<string>();
        for (string? before = null; ;)
        {
            var page = await Page(agency, new Window(0, Last: 4, Before: before));
            backward.InsertRange(0, page.Nodes.Select(n => n.Id));
            if (!page.HasPreviousPage) break;
            before = page.Cursors[0];
        }

        Assert.Equal(AllDecisionsOf(agency).Count, forward.Count);
        Assert.Equal(forward.Count, forward.Distinct().Count());
        Assert.Equal(forward, backward);
    }

    [Fact]
    public async Task A_filter_on_the_related_nodes_narrows_page_and_count()
    {
        var edges = DecisionsOfAgency with { Where = new Comparison("date", Operator.StartsWith, "2021") };

        var page = await Page("agency:digitaal-vlaanderen", new Window(100), edges);

        Assert.Equal(page.Nodes.Count, page.TotalCount);
        Assert.All(page.Nodes, n => Assert.StartsWith("2021", n.Get<string>("date")));
        Assert.True(page.TotalCount < AllDecisionsOf("agency:digitaal-vlaanderen").Count);
    }

    [Fact]
    public async Task Nodes_reached_directly_and_through_other_nodes_count_once_and_page_in_order()
    {
        const string clause = "clause:3.2.3";
        var fulfils = new EdgeQuery(RelationshipType.Fulfills, Direction.Incoming, NodeLabel.Decision);
        var promises = new EdgeQuery(RelationshipType.PartOf, Direction.Incoming, NodeLabel.Promise);
        var promiseIds = RealGraph.Graph.Relationships.Where(r => r.Type == RelationshipType.PartOf && r.End == clause).Select(r => r.Start).ToHashSet();
        var expected = RealGraph.Graph.Relationships
            .Where(r => r.Type == RelationshipType.Fulfills && (r.End == clause || promiseIds.Contains(r.End)))
            .Select(r => RealGraph.Graph.Node(r.Start)!).Where(n => n.Label == NodeLabel.Decision).DistinctBy(n => n.Id)
            .OrderBy(n => n.Get<string>("date") ?? "\uffff", StringComparer.Ordinal).ThenBy(n => n.Get<long>("sourceIndex")).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => n.Id).ToList();
        var query = new RelatedQuery(fulfils, [new Order("date"), new Order("sourceIndex")], new Window(3), Through: promises);

        var shown = new List<string>();
        var total = 0;
        for (string? after = null; ;)
        {
            var page = (await RealGraph.Store.GetRelatedPagesAsync([clause], query with { Window = new Window(3, after) }, CancellationToken.None))[clause];
            shown.AddRange(page.Nodes.Select(n => n.Id));
            total = page.TotalCount;
            if (!page.HasNextPage) break;
            after = page.Cursors[^1];
        }

        Assert.True(promiseIds.Count > 1 && expected.Count > 3);
        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, shown);
    }
}
