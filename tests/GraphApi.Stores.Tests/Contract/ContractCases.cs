using GraphApi.Graph;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Tests.Contract;

/// <summary>
/// The calls every store must answer the same: the traversals behind the API's queries, filters of
/// every kind, ordering, paging, search, paths and counts. Each answer is reduced to plain data
/// (ids, values, counts), so that two stores' answers can be compared as text.
/// </summary>
public static class ContractCases
{
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly Filter NamedAthumi = new Related(Quantifier.Some, RelationshipType.Involves, Direction.Outgoing, NodeLabel.Agency,
        new AnyOf([new Comparison("name", Operator.Eq, "athumi", IgnoreCase: true), new Comparison("aliases", Operator.Eq, "athumi", IgnoreCase: true)]));

    private static readonly Dictionary<string, Func<IGraphStore, Task<object>>> Cases = new()
    {
        ["nodes by id, with an unknown id"] = async s => Nodes((await s.GetNodesAsync(["decision:000-05", "agency:athumi", "no:such"], None)).Values),
        ["decisions of 2022 and 2023 naming Athumi, newest first"] = async s => Page(await s.FindNodesAsync(new NodeQuery(NodeLabel.Decision,
            new AllOf([NamedAthumi, new Comparison("date", Operator.Gte, "2022-01-01"), new Comparison("date", Operator.Lte, "2023-12-31")]), [new Order("date", true)], 20, null), None)),
        ["decisions without a date"] = async s => Page(await s.FindNodesAsync(new NodeQuery(NodeLabel.Decision, new Comparison("date", Operator.Eq, null), [], 100, null), None)),
        ["decisions naming no agency or of kind draft"] = async s => Page(await s.FindNodesAsync(new NodeQuery(NodeLabel.Decision,
            new AnyOf([new Related(Quantifier.None, RelationshipType.Involves, Direction.Outgoing, NodeLabel.Agency, null), new Comparison("kind", Operator.In, new List<object?> { "draft" })]), [], 100, null), None)),
        ["titles containing 'veerkracht', not approvals"] = async s => Page(await s.FindNodesAsync(new NodeQuery(NodeLabel.Decision,
            new AllOf([new Comparison("title", Operator.Contains, "VEERKRACHT", IgnoreCase: true), new Not(new Comparison("kind", Operator.Eq, "approval"))]), [new Order("sourceIndex")], 100, null), None)),
        ["budgets of at least a million by amount, second page"] = async s =>
        {
            var query = new NodeQuery(NodeLabel.Budget, new Comparison("amount", Operator.Gte, 1_000_000L), [new Order("amount", true)], 10, null);
            var first = await s.FindNodesAsync(query, None);
            return Page(await s.FindNodesAsync(query with { After = first.Cursors[^1] }, None));
        },
        ["budgets of 2023"] = async s => Page(await s.FindNodesAsync(new NodeQuery(NodeLabel.Budget, new Comparison("years", Operator.Eq, 2023L), [new Order("id")], 100, null), None)),
        ["agencies by name"] = async s => Page(await s.FindNodesAsync(new NodeQuery(NodeLabel.Agency, null, [new Order("name")], 15, null), None)),
        ["agencies of three decisions"] = async s => Edges(await s.GetEdgesAsync(["decision:000-05", "decision:000-23", "decision:000-27"], new EdgeQuery(RelationshipType.Involves, Direction.Outgoing, NodeLabel.Agency), None)),
        ["cited decisions of clause 3.2.3"] = async s => Edges(await s.GetEdgesAsync(["clause:3.2.3"], new EdgeQuery(RelationshipType.Fulfills, Direction.Incoming, NodeLabel.Decision,
            RelationshipWhere: new Comparison("basis", Operator.In, new List<object?> { "cited" })), None)),
        ["decisions naming Athumi that fulfil promises"] = async s => Edges(await s.GetEdgesAsync(["promise:3.2.3-09", "promise:3.2.3-02"], new EdgeQuery(RelationshipType.Fulfills, Direction.Incoming, NodeLabel.Decision, NamedAthumi), None)),
        ["continuations of the burgerprofiel promise, with their properties"] = async s => EdgeProperties(await s.GetEdgesAsync(["promise:3.2.3-08"],
            new EdgeQuery(RelationshipType.Continues, Direction.Outgoing), None)),
        ["citation checks of two cited decisions, with their properties"] = async s => EdgeProperties(await s.GetEdgesAsync(["evaluation:000"],
            new EdgeQuery(RelationshipType.Cites, Direction.Outgoing, NodeLabel.Decision, new Comparison("id", Operator.In, new List<object?> { "decision:000-42", "decision:000-43" })), None)),
        ["the steps of two tracks in track order"] = async s => Page(await s.FindNodesAsync(new NodeQuery(NodeLabel.Decision,
            new Comparison("track", Operator.In, new List<object?> { "track:decreet-tot-wijziging-van-het-decreet-van-18-juli-2008-betreffende-het-elektronische", "track:programma-vlaanderen-radicaal-digitaal-2-uitvoeringsjaar" }),
            [new Order("trackStep")], 100, null), None)),
        ["the five newest decisions of three agencies, with their counts"] = async s => Pages(await s.GetRelatedPagesAsync(["agency:digitaal-vlaanderen", "agency:athumi", "no:such"],
            new RelatedQuery(new EdgeQuery(RelationshipType.Involves, Direction.Incoming, NodeLabel.Decision), [new Order("date", Descending: true)], new Window(5)), None)),
        ["the second page of an agency's decisions of 2021 and later"] = async s => Pages(await s.GetRelatedPagesAsync(["agency:digitaal-vlaanderen"],
            new RelatedQuery(new EdgeQuery(RelationshipType.Involves, Direction.Incoming, NodeLabel.Decision, new Comparison("date", Operator.Gte, "2021")), [new Order("date")],
                new Window(3, After: GraphApi.Stores.Embedded.Cursor.Encode(2))), None)),
        ["the last three decisions of an agency before the tenth, backwards"] = async s => Pages(await s.GetRelatedPagesAsync(["agency:digitaal-vlaanderen"],
            new RelatedQuery(new EdgeQuery(RelationshipType.Involves, Direction.Incoming, NodeLabel.Decision), [new Order("title")],
                new Window(0, Last: 3, Before: GraphApi.Stores.Embedded.Cursor.Encode(9))), None)),
        ["the last two decisions of every agency, counted, with project codes starting VV"] = async s => Pages(await s.GetRelatedPagesAsync(["agency:digitaal-vlaanderen", "agency:athumi"],
            new RelatedQuery(new EdgeQuery(RelationshipType.Involves, Direction.Incoming, NodeLabel.Decision,
                new Elements(Quantifier.Some, "projectCodes", new Comparison("projectCodes", Operator.StartsWith, "vv", IgnoreCase: true))), [], new Window(0, Last: 2)), None)),
        ["the decisions naming Athumi that fulfil clause 3.2.3 directly or through its promises, oldest first, second page"] = async s => Pages(await s.GetRelatedPagesAsync(["clause:3.2.3", "no:such"],
            new RelatedQuery(new EdgeQuery(RelationshipType.Fulfills, Direction.Incoming, NodeLabel.Decision, NamedAthumi), [new Order("date"), new Order("sourceIndex")],
                new Window(2, After: GraphApi.Stores.Embedded.Cursor.Encode(1)), Through: new EdgeQuery(RelationshipType.PartOf, Direction.Incoming, NodeLabel.Promise)), None)),
        ["the ten agencies named by most decisions, last four"] = async s => Page(await s.FindNodesAsync(new NodeQuery(NodeLabel.Agency, null,
            [new Order("decisionsCount", Descending: true, CountOf: new EdgeQuery(RelationshipType.Involves, Direction.Incoming, NodeLabel.Decision)), new Order("name")], 10, null, Last: 4), None)),
        ["the first and last dates and numbers of two agencies' decisions"] = async s => (await s.GetRelatedPagesAsync(["agency:digitaal-vlaanderen", "agency:athumi"],
            new RelatedQuery(new EdgeQuery(RelationshipType.Involves, Direction.Incoming, NodeLabel.Decision), [], new Window(0), ["date", "sourceIndex"]), None))
            .OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => p.Value.Aggregates.ToDictionary(a => a.Key, a => new { Min = Text(a.Value.Min), Max = Text(a.Value.Max) })),
        ["search for burgerprofiel in decisions"] = async s => (await s.SearchAsync(new SearchQuery("burgerprofiel", [NodeLabel.Decision], 5), None)).Select(h => h.Node.Id).ToList(),
        ["search with query syntax characters"] = async s => (await s.SearchAsync(new SearchQuery("\"*:(\\ MATCH (n) DETACH DELETE n", null, 5), None)).Select(h => h.Node.Id).ToList(),
        ["path from a decision to an agency"] = async s => Path(await s.ShortestPathAsync("decision:000-23", "agency:athumi", 4, None)),
        ["no path within one hop"] = async s => Path(await s.ShortestPathAsync("decision:000-23", "agency:athumi", 1, None)),
    };

    public static TheoryData<string> Names => [.. Cases.Keys];

    public static Task<object> Run(string name, IGraphStore store) => Cases[name](store);

    private static object Nodes(IEnumerable<Node> nodes) => nodes.OrderBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Id).ToList();

    private static object Page(NodePage page) => new { page.TotalCount, page.HasNextPage, page.HasPreviousPage, Ids = page.Nodes.Select(n => n.Id).ToList(), page.Cursors };

    private static object Pages(IReadOnlyDictionary<string, NodePage> pages) =>
        pages.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => Page(p.Value));

    private static object Edges(IReadOnlyDictionary<string, IReadOnlyList<Edge>> edges) =>
        edges.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value.Select(x => new { x.Relationship.Id, Other = x.Other.Id, Quotes = x.Relationship.Sources.Count }).ToList());

    /// <summary>Edges with their properties as invariant text, so that list and number types of either store compare alike.</summary>
    private static object EdgeProperties(IReadOnlyDictionary<string, IReadOnlyList<Edge>> edges) =>
        edges.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value.Select(x => new
        {
            x.Relationship.Id,
            Properties = x.Relationship.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => Text(p.Value)),
            Quotes = x.Relationship.Sources.Select(q => $"{q.Document}@{q.Offset}").ToList(),
        }).ToList());

    private static string? Text(object? value) => value switch
    {
        null => null,
        string text => text,
        System.Collections.IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Text)) + "]",
        IFormattable number => number.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static object Path(GraphPath? path) => new { Found = path is not null, Nodes = path?.Nodes.Select(n => n.Id).ToList() ?? [], Relationships = path?.Relationships.Select(r => r.Id).ToList() ?? [] };
}
