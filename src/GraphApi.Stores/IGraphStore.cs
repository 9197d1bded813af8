using GraphApi.Graph;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores;

/// <summary>
/// Where the API reads the graph. Every method takes a whole batch (all the ids of one level of a
/// GraphQL query), so that the number of store calls grows with the depth of a query, never with the
/// number of results. The embedded store and the Neo4j store must answer every call the same.
/// </summary>
public interface IGraphStore
{
    /// <summary>A hash of the loaded graph: it changes whenever the data does.</summary>
    string Version { get; }

    /// <summary>The nodes with these ids; ids that do not exist are left out of the answer.</summary>
    Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken);

    /// <summary>One page of the nodes with a label that match a filter, in order, with the total count.</summary>
    Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken);

    /// <summary>For each of the given nodes, its relationships of one type and direction, with the node at the other end.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, EdgeQuery query, CancellationToken cancellationToken);

    /// <summary>
    /// For each of the given nodes, one page of its related nodes, filtered, sorted and counted: the nested
    /// connections of a query level in one call. Every requested id gets a page; unknown ids an empty one.
    /// </summary>
    Task<IReadOnlyDictionary<string, NodePage>> GetRelatedPagesAsync(IReadOnlyCollection<string> nodeIds, RelatedQuery query, CancellationToken cancellationToken);

    /// <summary>Full-text search with Dutch stemming over the texts of the nodes, best first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken);

    /// <summary>The shortest connection between two nodes, relationships followed in either direction; null when none within maxHops.</summary>
    Task<GraphPath?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken);
}
