using GraphApi.Stores;
using GraphApi.Stores.Neo4j;

namespace GraphApi.Schema.Tests;

/// <summary>
/// Answers from another store and writes down, for each call, the statement the Neo4j store sends for that
/// same call (built by the same <see cref="CypherQueries"/>, skipped where Neo4jGraphStore skips the round trip).
/// Nothing is sent anywhere: this shows what Neo4j would be asked, not how it answers.
/// </summary>
internal sealed class CypherRecordingStore(IGraphStore answers) : IGraphStore, IDisposable
{
    private readonly SearchText _search = new();

    public List<CypherStatement> Statements { get; } = [];

    public string Version => answers.Version;

    public Task<IReadOnlyDictionary<string, GraphApi.Graph.Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        if (ids.Count > 0) Record(CypherQueries.GetNodes(ids));
        return answers.GetNodesAsync(ids, cancellationToken);
    }

    public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken)
    {
        Record(CypherQueries.FindNodes(query));
        return answers.FindNodesAsync(query, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, EdgeQuery query, CancellationToken cancellationToken)
    {
        if (nodeIds.Count > 0) Record(CypherQueries.GetEdges(nodeIds, query));
        return answers.GetEdgesAsync(nodeIds, query, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, NodePage>> GetRelatedPagesAsync(IReadOnlyCollection<string> nodeIds, RelatedQuery query, CancellationToken cancellationToken)
    {
        if (nodeIds.Count > 0) Record(CypherQueries.RelatedPages(nodeIds, query));
        return answers.GetRelatedPagesAsync(nodeIds, query, cancellationToken);
    }

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        if (query.First > 0 && _search.Analyse(query.Text) is var (_, lucene)) Record(CypherQueries.Search(lucene, query.Labels, query.First));
        return answers.SearchAsync(query, cancellationToken);
    }

    public Task<GraphPath?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken)
    {
        Record(CypherQueries.ShortestPath(from, to, maxHops));
        return answers.ShortestPathAsync(from, to, maxHops, cancellationToken);
    }

    public void Dispose() => _search.Dispose();

    private void Record(CypherStatement statement)
    {
        lock (Statements) Statements.Add(statement);
    }
}
