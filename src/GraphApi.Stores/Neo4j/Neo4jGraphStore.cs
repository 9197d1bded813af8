using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Serves the graph from Neo4j, one statement per call (built by <see cref="CypherQueries"/>), with the
/// answers of the embedded store; the differences Neo4j imposes are documented on CypherFilter,
/// CypherOrder, SearchText and Neo4jResultMapper.
/// Paging uses the embedded <see cref="Cursor"/>: a cursor is a position in the ordered matches.
/// </summary>
public sealed class Neo4jGraphStore(ICypherRunner runner, TimeProvider? clock = null) : IGraphStore, IDisposable
{
    /// <summary>How long a version read from Neo4j is trusted: a load by another process shows within this time.</summary>
    public static readonly TimeSpan VersionLifetime = TimeSpan.FromSeconds(5);

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;
    private readonly SearchText _search = new();
    private readonly Lock _versionLock = new();
    private (string Hash, DateTimeOffset ReadAt)? _version;

    /// <summary>
    /// The <see cref="GraphVersion"/> the loader computed from the graph it loaded and wrote last, so it equals
    /// the embedded store's version of the same graph. Read with one small statement, then trusted for
    /// <see cref="VersionLifetime"/> (the caller that finds it stale waits for the read); a failure is not kept.
    /// </summary>
    /// <exception cref="InvalidOperationException">No load has finished in this database.</exception>
    public string Version
    {
        get
        {
            lock (_versionLock)
            {
                var now = _clock.GetUtcNow();
                if (_version is not { } known || now - known.ReadAt >= VersionLifetime)
                    _version = known = (ReadVersion().GetAwaiter().GetResult(), now);
                return known.Hash;
            }
        }
    }

    public async Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        if (ids.Count == 0) return nodes;
        var result = await runner.RunAsync(CypherQueries.GetNodes(ids), cancellationToken);
        foreach (var row in result.Rows)
        {
            var node = Neo4jResultMapper.Node(row[0]);
            nodes[node.Id] = node;
        }
        return nodes;
    }

    /// <inheritdoc cref="IGraphStore.FindNodesAsync"/>
    /// <remarks>Page, cursors and flags as the embedded Pager computes them, from the count and slice Neo4j returns.</remarks>
    public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(CypherQueries.FindNodes(query), cancellationToken);
        var row = result.Rows.Single();
        return Page(query.Window, row[0], row[1]) with { Aggregates = CypherAggregates.Read(query.Aggregated, row.Count > 2 ? row[2] : null) };
    }

    /// <inheritdoc cref="IGraphStore.GetRelatedPagesAsync"/>
    /// <remarks>Every requested id gets a page; ids not in the graph get an empty one. Pages as in <see cref="FindNodesAsync"/>.</remarks>
    public async Task<IReadOnlyDictionary<string, NodePage>> GetRelatedPagesAsync(IReadOnlyCollection<string> nodeIds, RelatedQuery query, CancellationToken cancellationToken)
    {
        var pages = new Dictionary<string, NodePage>(StringComparer.Ordinal);
        if (nodeIds.Count == 0) return pages;
        var result = await runner.RunAsync(CypherQueries.RelatedPages(nodeIds, query), cancellationToken);
        foreach (var row in result.Rows)
            pages[(string)row[0]!] = Page(query.Window, row[1], row[2]) with { Aggregates = CypherAggregates.Read(query.Aggregated, row.Count > 3 ? row[3] : null) };
        foreach (var id in nodeIds)
            pages.TryAdd(id, Page(query.Window, 0L, new List<object?>()) with { Aggregates = CypherAggregates.Read(query.Aggregated, query.Aggregated?.SelectMany(_ => new object?[] { null, null }).ToList()) });
        return pages;
    }

    // The statement sliced the window out of the count; the page's first position follows from the count the same way.
    private static NodePage Page(Window window, object? totalCount, object? nodes)
    {
        var total = checked((int)(long)totalCount!);
        var page = ((IReadOnlyList<object?>)nodes!).Select(Neo4jResultMapper.Node).ToList();
        var (from, to) = window.Slice(total);
        if (to - from != page.Count) throw new InvalidOperationException($"Neo4j returned {page.Count} nodes for the page [{from}, {to}) of {total}.");
        return window.Page(page, total, from);
    }

    /// <inheritdoc cref="IGraphStore.GetEdgesAsync"/>
    /// <remarks>Every requested id gets an entry; ids not in the graph get an empty list.</remarks>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, EdgeQuery query, CancellationToken cancellationToken)
    {
        var edges = new Dictionary<string, List<Edge>>(StringComparer.Ordinal);
        foreach (var id in nodeIds) edges.TryAdd(id, []);
        if (edges.Count > 0)
        {
            var result = await runner.RunAsync(CypherQueries.GetEdges(nodeIds, query), cancellationToken);
            foreach (var row in result.Rows)
                edges[(string)row[0]!].Add(new Edge(Neo4jResultMapper.Relationship(row[1]), Neo4jResultMapper.Node(row[2])));
        }
        return edges.ToDictionary(e => e.Key, IReadOnlyList<Edge> (e) => e.Value, StringComparer.Ordinal);
    }

    /// <inheritdoc cref="IGraphStore.SearchAsync"/>
    /// <remarks>Null or empty labels search every label; a query without searchable words finds nothing and asks nothing.</remarks>
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (query.First <= 0 || _search.Analyse(query.Text) is not var (stems, lucene)) return [];
        var result = await runner.RunAsync(CypherQueries.Search(lucene, query.Labels, query.First), cancellationToken);
        return result.Rows.Select(row => _search.Hit(Neo4jResultMapper.Node(row[0]), Convert.ToDouble(row[1]), stems)).ToList();
    }

    /// <inheritdoc cref="IGraphStore.ShortestPathAsync"/>
    /// <remarks>
    /// maxHops is clamped to 1..6; from == to is a path of one node; an unknown id gives null. Neo4j
    /// returns every shortest path's nodes and relationships, and the embedded PathFinder runs over that
    /// subgraph, giving the embedded store's path: its breadth-first search takes each node from the first
    /// neighbour (in frontier, then relationship id, order) one level closer to the start, and every such
    /// neighbour of a node on a shortest path lies on a shortest path itself, so it is in the subgraph and
    /// the search there sees the same neighbours in the same order.
    /// </remarks>
    public async Task<GraphPath?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken)
    {
        var result = await runner.RunAsync(CypherQueries.ShortestPath(from, to, maxHops), cancellationToken);
        if (result.Rows.Count == 0) return null;
        var row = result.Rows[0];
        var subgraph = new KnowledgeGraph(
            ((IReadOnlyList<object?>)row[0]!).Select(Neo4jResultMapper.Node),
            ((IReadOnlyList<object?>)row[1]!).Select(Neo4jResultMapper.Relationship));
        return PathFinder.Shortest(new GraphIndex(subgraph), from, to, maxHops);
    }

    public void Dispose() => _search.Dispose();

    private async Task<string> ReadVersion()
    {
        var result = await runner.RunAsync(CypherQueries.Version(), CancellationToken.None);
        return result.Rows is [[string hash, ..], ..]
            ? hash
            : throw new InvalidOperationException("Neo4j holds no graph version: no load has finished in this database; run the load command first");
    }
}
