using GraphApi.Graph;
using GraphApi.Stores;
using GraphQL;
using GraphQL.DataLoader;

namespace GraphApi.Schema.Loading;

/// <summary>
/// The one way the schema reaches the store during a request: it batches what each level of the
/// query asks for and counts the store calls, which the API reports when asked to debug.
/// One per request.
/// </summary>
/// <param name="onCall">Told of every store call, e.g. to report the count in the response.</param>
public sealed class StoreLoader(IGraphStore store, Action? onCall = null)
{
    private readonly IGraphStore _store = store;

    // Plain dictionaries under one lock: a request's resolvers rarely run at once, and a concurrent dictionary
    // allocates a few kilobytes up front, three times per request.
    private readonly Lock _lock = new();
    private readonly Dictionary<string, object> _batches = new(StringComparer.Ordinal);
    // A query made for each of a level's parents is one object (see Prepared); its key is worked out once.
    private readonly Dictionary<object, string> _keys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(object Field, object Definition), object> _prepared = new();
    private int _calls;

    /// <summary>How many times this request called the store.</summary>
    public int Calls => _calls;

    public string Version => _store.Version;

    public IDataLoaderResult<Node?> Node(string id) =>
        Batch("nodes", this, static (loader, _) => new Batch<Node?>(async (ids, ct) =>
            (await loader.Count("GetNodes", () => loader._store.GetNodesAsync(ids, ct)).ConfigureAwait(false)).ToDictionary(p => p.Key, p => (Node?)p.Value), null)).Load(id);

    public IDataLoaderResult<IReadOnlyList<Edge>> Edges(string nodeId, EdgeQuery query) =>
        Batch(Key(query, static q => "edges:" + QueryKey.Of((EdgeQuery)q)), query, static (loader, query) =>
            new Batch<IReadOnlyList<Edge>>((ids, ct) => loader.Count("GetEdges", () => loader._store.GetEdgesAsync(ids, query, ct)), [])).Load(nodeId);

    /// <summary>A page of a node's related nodes; the same query for every parent of a level is one store call.</summary>
    /// <param name="key">The query's <see cref="RelatedKey"/> when the caller has it already.</param>
    public IDataLoaderResult<NodePage> RelatedPage(string nodeId, RelatedQuery query, string? key = null) =>
        Batch(key ?? Key(query, static q => RelatedKey((RelatedQuery)q)), query, static (loader, query) =>
            new Batch<NodePage>((ids, ct) => loader.Count("GetRelatedPages", () => loader._store.GetRelatedPagesAsync(ids, query, ct)), NoPage)).Load(nodeId);

    private static readonly NodePage NoPage = new([], [], 0, false, false);

    /// <summary>The batch key of a related-page query; a resolver that prepares its query may work it out with it.</summary>
    public static string RelatedKey(RelatedQuery query) => "related:" + QueryKey.Of(query);

    /// <summary>
    /// What a resolver works out from its field's arguments (filters, order, window), once per field of the query
    /// rather than once per parent: the arguments of one field in one request are the same for all its parents; and
    /// across requests when the field's arguments are all written in a document the host keeps (<see cref="PreparedFields"/>).
    /// </summary>
    public T Prepared<T>(IResolveFieldContext context, Func<IResolveFieldContext, T> prepare) where T : class =>
        (T)Once(_prepared, (context.FieldAst, context.FieldDefinition), (context, prepare), static (_, made) => PreparedFields.For(made.context, made.prepare));

    /// <summary>A batch of the caller's own making, for values that take several store calls per level.</summary>
    public IDataLoaderResult<T> Custom<T>(string name, string key, Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch, T missing) =>
        Batch(name, (fetch, missing), static (_, made) => new Batch<T>(made.fetch, made.missing)).Load(key);

    public Task<IReadOnlyDictionary<string, Node>> NodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) => Count("GetNodes", () => _store.GetNodesAsync(ids, ct));

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> EdgesAsync(IReadOnlyCollection<string> ids, EdgeQuery query, CancellationToken ct) => Count("GetEdges", () => _store.GetEdgesAsync(ids, query, ct));

    public Task<IReadOnlyDictionary<string, NodePage>> RelatedPagesAsync(IReadOnlyCollection<string> ids, RelatedQuery query, CancellationToken ct) => Count("GetRelatedPages", () => _store.GetRelatedPagesAsync(ids, query, ct));

    public Task<NodePage> FindAsync(NodeQuery query, CancellationToken ct) => Count("FindNodes", () => _store.FindNodesAsync(query, ct));

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct) => Count("Search", () => _store.SearchAsync(query, ct));

    public Task<GraphPath?> PathAsync(string from, string to, int maxHops, CancellationToken ct) => Count("ShortestPath", () => _store.ShortestPathAsync(from, to, maxHops, ct));

    // The batch of a name, made on its first use: the fetch function is made once per request, not once per parent.
    private Batch<T> Batch<T, TState>(string name, TState state, Func<StoreLoader, TState, Batch<T>> make) =>
        (Batch<T>)Once(_batches, name, (loader: this, state, make), static (_, made) => made.make(made.loader, made.state));

    private string Key(object query, Func<object, string> key) => Once(_keys, query, key, static (query, key) => key(query));

    // The value made outside the lock, which a resolver's own code may need; the first one made is kept.
    private TValue Once<TKey, TValue, TState>(Dictionary<TKey, TValue> values, TKey key, TState state, Func<TKey, TState, TValue> make) where TKey : notnull
    {
        lock (_lock)
            if (values.TryGetValue(key, out var known)) return known;
        var made = make(key, state);
        lock (_lock)
            return values.TryAdd(key, made) ? made : values[key];
    }

    // Counted here and traced here: every store call of a request passes this one place, whatever the store.
    private Task<T> Count<T>(string operation, Func<Task<T>> call)
    {
        Interlocked.Increment(ref _calls);
        onCall?.Invoke();
        return StoreTelemetry.TraceAsync(operation, call);
    }
}
