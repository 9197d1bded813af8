using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Serves a <see cref="KnowledgeGraph"/> from memory. Everything is built at construction (indexes,
/// search index, version) and nothing changes afterwards, so one instance serves any number of
/// concurrent callers. Answers are computed synchronously and returned as completed tasks; the
/// cancellation token is honoured on entry.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, IDisposable
{
    private readonly GraphIndex _index;
    private readonly SearchIndex _search;

    public EmbeddedGraphStore(KnowledgeGraph graph)
    {
        _index = new GraphIndex(graph);
        _search = new SearchIndex(graph.Nodes);
        Version = GraphVersion.Of(graph);
    }

    public string Version { get; }

    public Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
        Completed.Run<IReadOnlyDictionary<string, Node>>(() =>
        {
            var nodes = new Dictionary<string, Node>(ids.Count, StringComparer.Ordinal);
            foreach (var id in ids)
                if (_index.Node(id) is { } node) nodes[id] = node;
            return nodes;
        }, cancellationToken);

    /// <inheritdoc cref="IGraphStore.FindNodesAsync"/>
    /// <remarks>An unknown label has no nodes. Paging as described on <see cref="Pager"/>.</remarks>
    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) =>
        Completed.Run(() =>
        {
            var labelled = _index.Labelled(query.Label);
            var filters = new FilterEvaluator(_index, labelled.Count);
            // "Decisions of Digitaal Vlaanderen in 2021" tests the agency's decisions, not all 59,000.
            var candidates = filters.Candidates(query.Where) is { } reached && reached.Count < labelled.Count
                ? reached.Where(node => node.HasLabel(query.Label))
                : null;
            var matches = new List<Node>(candidates is null ? labelled.Count : 0);
            foreach (var node in candidates ?? labelled)
                if (filters.Matches(node, query.Where)) matches.Add(node);
            // Labelled nodes come in id order, which is already the order when no property is asked for; candidates do not.
            var order = query.Order.Count > 0 || candidates is not null ? new NodeOrder(query.Order, _index) : null;
            var page = Pager.Page(matches, order, query.Window);
            return query.Aggregated is null ? page : page with { Aggregates = RelatedNodes.Aggregates(matches, query.Aggregated) };
        }, cancellationToken);

    /// <inheritdoc cref="IGraphStore.GetEdgesAsync"/>
    /// <remarks>Every requested id gets an entry; ids not in the graph get an empty list.</remarks>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, EdgeQuery query, CancellationToken cancellationToken) =>
        Completed.Run<IReadOnlyDictionary<string, IReadOnlyList<Edge>>>(() =>
        {
            var unfiltered = query is { OtherLabel: null, Where: null, RelationshipWhere: null };
            var lists = nodeIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => _index.Edges(id, query.Type, query.Direction), StringComparer.Ordinal);
            var filters = new FilterEvaluator(_index, lists.Values.Sum(edges => edges.Count));
            var result = new Dictionary<string, IReadOnlyList<Edge>>(lists.Count, StringComparer.Ordinal);
            foreach (var (id, edges) in lists)
                result[id] = unfiltered ? edges : Filter(edges, query, filters);
            return result;
        }, cancellationToken);

    /// <inheritdoc cref="IGraphStore.GetRelatedPagesAsync"/>
    /// <remarks>A node related by several relationships of the type counts once. Paging as described on <see cref="Pager"/>.</remarks>
    public Task<IReadOnlyDictionary<string, NodePage>> GetRelatedPagesAsync(IReadOnlyCollection<string> nodeIds, RelatedQuery query, CancellationToken cancellationToken) =>
        Completed.Run<IReadOnlyDictionary<string, NodePage>>(() =>
        {
            var edges = query.Edges;
            var lists = nodeIds.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => _index.Edges(id, edges.Type, edges.Direction), StringComparer.Ordinal);
            var filters = new FilterEvaluator(_index, lists.Values.Sum(e => e.Count));
            var order = query.Order.Count > 0 ? new NodeOrder(query.Order, _index) : null;
            var pages = new Dictionary<string, NodePage>(lists.Count, StringComparer.Ordinal);
            foreach (var id in lists.Keys)
            {
                var related = RelatedNodes.Nodes(_index, id, edges, filters);
                var page = Pager.Page(related, order, query.Window);
                pages[id] = query.Aggregated is null ? page : page with { Aggregates = RelatedNodes.Aggregates(related, query.Aggregated) };
            }
            return pages;
        }, cancellationToken);

    /// <inheritdoc cref="IGraphStore.SearchAsync"/>
    /// <remarks>Null or empty labels search every label; a query without searchable words finds nothing.</remarks>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) =>
        Completed.Run(() => _search.Search(query), cancellationToken);

    /// <inheritdoc cref="IGraphStore.ShortestPathAsync"/>
    /// <remarks>maxHops is clamped to 1..6; from == to is a path of one node; an unknown id gives null.</remarks>
    public Task<GraphPath?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken) =>
        Completed.Run(() => PathFinder.Shortest(_index, from, to, maxHops), cancellationToken);

    public void Dispose() => _search.Dispose();

    private static List<Edge> Filter(IReadOnlyList<Edge> edges, EdgeQuery query, FilterEvaluator filters)
    {
        var kept = new List<Edge>(edges.Count);
        // A clause's 50,000 fulfilling edges tested "via agency" are one set look-up each.
        var exactly = filters.Exactly(query.Where);
        foreach (var edge in edges)
        {
            if (query.OtherLabel is not null && !edge.Other.HasLabel(query.OtherLabel)) continue;
            if ((exactly?.Contains(edge.Other) ?? filters.Matches(edge.Other, query.Where)) && filters.Matches(edge.Relationship, query.RelationshipWhere))
                kept.Add(edge);
        }
        return kept;
    }
}
