using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Shortest paths by breadth-first search over relationships in either direction. Neighbours are
/// visited in relationship id order and the first visit wins, so among equally short paths the same
/// one always comes back.
/// </summary>
/// <remarks>
/// The search that picks the path runs only over the nodes on some shortest path
/// (<see cref="ShortestPathLayers"/>), which keeps it off the hubs a plain search from the start
/// would expand. It still picks the path a search over the whole graph would: that search takes
/// each node from the first neighbour (in frontier, then relationship id, order) one level closer
/// to the start, and every such neighbour of a node on a shortest path lies on a shortest path
/// itself, so it sees the same neighbours in the same order.
/// </remarks>
internal static class PathFinder
{
    public const int MinHops = 1;
    public const int MaxHops = 6;

    /// <summary>The path, or null when a node is unknown or the nodes are further apart than maxHops (clamped to 1..6).</summary>
    public static GraphPath? Shortest(GraphIndex index, string from, string to, int maxHops)
    {
        var start = index.Node(from);
        var end = index.Node(to);
        if (start is null || end is null) return null;
        if (from == to) return new GraphPath([start], []);
        var layers = ShortestPathLayers.Find(index, start, end, Math.Clamp(maxHops, MinHops, MaxHops));
        return layers is null ? null : FirstPath(index, start, end, layers);
    }

    /// <summary>The breadth-first search, stepping only onto the next layer of nodes on a shortest path.</summary>
    private static GraphPath FirstPath(GraphIndex index, Node start, Node end, IReadOnlyList<HashSet<Node>> layers)
    {
        // For each reached node, the node it was reached from and the relationship that led there.
        var reachedFrom = new Dictionary<Node, (Node Previous, Relationship Via)>(ReferenceEqualityComparer.Instance);
        var frontier = new List<Node> { start };
        for (var level = 1; level < layers.Count; level++)
        {
            var next = new List<Node>();
            foreach (var node in frontier)
            {
                foreach (var edge in index.Neighbours(node.Id))
                    if (layers[level].Contains(edge.Other) && reachedFrom.TryAdd(edge.Other, (node, edge.Relationship))) next.Add(edge.Other);
            }
            frontier = next;
        }
        return Path(reachedFrom, start, end);
    }

    private static GraphPath Path(Dictionary<Node, (Node Previous, Relationship Via)> reachedFrom, Node start, Node end)
    {
        var nodes = new List<Node> { end };
        var relationships = new List<Relationship>();
        for (var node = end; !ReferenceEquals(node, start);)
        {
            var (previous, via) = reachedFrom[node];
            relationships.Add(via);
            nodes.Add(previous);
            node = previous;
        }
        nodes.Reverse();
        relationships.Reverse();
        return new GraphPath(nodes, relationships);
    }
}
