using GraphApi.Graph;
using GraphApi.Stores.Embedded.FullText;

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
    private readonly OrderRanks _ranks;
    private readonly PropertyRanges _ranges;
    private readonly EqualTexts _texts;

    public EmbeddedGraphStore(KnowledgeGraph graph)
    {
        _index = new GraphIndex(graph);
        _ranks = new OrderRanks(_index);
        _ranges = new PropertyRanges(_index);
        _texts = new EqualTexts(_index);
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
            var (matches, ordered) = MatchingNodes.Find(_index, _ranges, _texts, query.Label, query.Where, query.Order);
            var page = Pager.Page(matches, ordered ? null : _ranks.For(query.Order), query.Window, _index);
            return query.Aggregated is null ? page : page with { Aggregates = RelatedNodes.Aggregates(matches.Select(_index.At), query.Aggregated) };
        }, cancellationToken);

    /// <inheritdoc cref="IGraphStore.GetEdgesAsync"/>
    /// <remarks>Every requested id gets an entry; ids not in the graph get an empty list.</remarks>
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, EdgeQuery query, CancellationToken cancellationToken) =>
        Completed.Run<IReadOnlyDictionary<string, IReadOnlyList<Edge>>>(() =>
        {
            var unfiltered = query is { OtherLabel: null, Where: null, RelationshipWhere: null };
            var lists = new Dictionary<string, GraphIndex.EdgeList>(nodeIds.Count, StringComparer.Ordinal);
            var edges = 0;
            foreach (var id in nodeIds)
                if (!lists.ContainsKey(id)) edges += (lists[id] = _index.List(id, query.Type, query.Direction)).Edges.Length;
            var filters = new FilterEvaluator(_index, edges);
            var result = new Dictionary<string, IReadOnlyList<Edge>>(lists.Count, StringComparer.Ordinal);
            foreach (var (id, list) in lists)
                result[id] = unfiltered ? list.Edges : Filter(list, query, filters);
            return result;
        }, cancellationToken);

    /// <inheritdoc cref="IGraphStore.GetRelatedPagesAsync"/>
    /// <remarks>A node related by several relationships of the type, or through several nodes, counts once. Paging as described on <see cref="Pager"/>.</remarks>
    public Task<IReadOnlyDictionary<string, NodePage>> GetRelatedPagesAsync(IReadOnlyCollection<string> nodeIds, RelatedQuery query, CancellationToken cancellationToken) =>
        Completed.Run<IReadOnlyDictionary<string, NodePage>>(() =>
        {
            var ids = nodeIds.Distinct(StringComparer.Ordinal).ToList();
            var filters = new FilterEvaluator(_index, RelatedNodes.Reach(_index, ids, query));
            // Nodes reached through another node come after the direct ones, out of id order.
            var order = query.Order.Count > 0 || query.Through is not null ? _ranks.For(query.Order) : null;
            var pages = new Dictionary<string, NodePage>(ids.Count, StringComparer.Ordinal);
            foreach (var id in ids)
            {
                NodePage page;
                IEnumerable<int> related;
                if (RelatedNodes.Bits(_index, id, query, filters) is { } bits)
                    (page, related) = (Pager.Page(bits, order, query.Window, _index), bits.Members());
                else
                {
                    var places = RelatedNodes.Places(_index, id, query, filters);
                    (page, related) = (Pager.Page(places, order, query.Window, _index), places);
                }
                pages[id] = query.Aggregated is null ? page : page with { Aggregates = RelatedNodes.Aggregates(related.Select(_index.At), query.Aggregated) };
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

    private static List<Edge> Filter(GraphIndex.EdgeList list, EdgeQuery query, FilterEvaluator filters)
    {
        var (edges, others, _) = list;
        var kept = new List<Edge>(edges.Length);
        // A clause's 50,000 fulfilling edges tested "via agency" are one bit each.
        var exactly = filters.Exactly(query.Where);
        for (var i = 0; i < edges.Length; i++)
        {
            var edge = edges[i];
            if (query.OtherLabel is not null && !edge.Other.HasLabel(query.OtherLabel)) continue;
            if ((exactly?.Contains(others[i]) ?? filters.Matches(edge.Other, query.Where)) && filters.Matches(edge.Relationship, query.RelationshipWhere))
                kept.Add(edge);
        }
        return kept;
    }
}
