using GraphApi.Graph;
using GraphApi.Stores;

namespace GraphApi.Exports;

/// <summary>
/// Reads the whole graph back out of whichever store the API serves from, embedded or Neo4j, through the same
/// batched calls the schema makes: every label page by page, then every relationship type outgoing from all
/// nodes, a batch of ids at a time. The result is kept until the store's version changes.
/// </summary>
public sealed class StoreGraphReader(IGraphStore store)
{
    private const int Batch = 500;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Version, KnowledgeGraph Graph)? _last;

    public async Task<KnowledgeGraph> ReadAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var version = store.Version;
            if (_last is { } last && last.Version == version) return last.Graph;
            var graph = await ReadAllAsync(cancellationToken);
            _last = (version, graph);
            return graph;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<KnowledgeGraph> ReadAllAsync(CancellationToken cancellationToken)
    {
        var nodes = new List<Node>();
        foreach (var label in NodeLabel.All)
        {
            string? after = null;
            NodePage page;
            do
            {
                page = await store.FindNodesAsync(new NodeQuery(label, null, [], Batch, after), cancellationToken);
                nodes.AddRange(page.Nodes);
                after = page.Cursors.LastOrDefault();
            } while (page.HasNextPage);
        }
        var relationships = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        var ids = nodes.Select(n => n.Id).ToList();
        foreach (var type in RelationshipType.All)
            foreach (var batch in ids.Chunk(Batch))
            {
                var edges = await store.GetEdgesAsync(batch, new EdgeQuery(type, Direction.Outgoing), cancellationToken);
                foreach (var edge in edges.Values.SelectMany(e => e))
                    relationships[edge.Relationship.Id] = edge.Relationship;
            }
        return new KnowledgeGraph(nodes, relationships.Values);
    }
}
