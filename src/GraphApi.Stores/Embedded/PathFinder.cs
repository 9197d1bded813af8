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

    /// <summary>
    /// The breadth-first search, stepping only onto the next layer of nodes on a shortest path. A
    /// layer whose predecessors have more relationships than it has itself (hubs close to the start)
    /// is reached from its own side: each of its nodes takes the neighbour the search would have
    /// come from first, and the layer is put in the order the search would have reached it in.
    /// </summary>
    private static GraphPath FirstPath(GraphIndex index, Node start, Node end, IReadOnlyList<HashSet<Node>> layers)
    {
        // For each reached node, the node it was reached from and the relationship that led there.
        var reachedFrom = new Dictionary<Node, (Node Previous, Relationship Via)>(ReferenceEqualityComparer.Instance);
        var frontier = new List<Node> { start };
        for (var level = 1; level < layers.Count; level++)
        {
            frontier = ShortestPathLayers.RelationshipCount(index, frontier) <= ShortestPathLayers.RelationshipCount(index, layers[level])
                ? ReachForward(index, frontier, layers[level], reachedFrom)
                : ReachBackward(index, frontier, layers[level], reachedFrom);
        }
        return Path(reachedFrom, start, end);
    }

    /// <summary>The next layer in the order a search from the frontier reaches it: frontier order, then relationship id order.</summary>
    private static List<Node> ReachForward(GraphIndex index, List<Node> frontier, HashSet<Node> layer, Dictionary<Node, (Node Previous, Relationship Via)> reachedFrom)
    {
        var next = new List<Node>();
        foreach (var node in frontier)
        {
            foreach (var edge in index.Neighbours(node.Id))
                if (layer.Contains(edge.Other) && reachedFrom.TryAdd(edge.Other, (node, edge.Relationship))) next.Add(edge.Other);
        }
        return next;
    }

    /// <summary>
    /// The same as <see cref="ReachForward"/>, from the layer's side: each node's predecessor is its
    /// neighbour earliest in the frontier, by its lowest relationship id to it (neighbour lists are in
    /// relationship id order), and that is also where it falls in the next layer's order.
    /// </summary>
    private static List<Node> ReachBackward(GraphIndex index, List<Node> frontier, HashSet<Node> layer, Dictionary<Node, (Node Previous, Relationship Via)> reachedFrom)
    {
        var rank = new Dictionary<Node, int>(frontier.Count, ReferenceEqualityComparer.Instance);
        foreach (var node in frontier) rank.Add(node, rank.Count);
        var reached = new List<(Node Node, int PreviousRank, Relationship Via)>(layer.Count);
        foreach (var node in layer)
        {
            var best = (Rank: int.MaxValue, Via: (Edge?)null);
            foreach (var edge in index.Neighbours(node.Id))
                if (rank.TryGetValue(edge.Other, out var previous) && previous < best.Rank) best = (previous, edge);
            reached.Add((node, best.Rank, best.Via!.Relationship));
            reachedFrom.Add(node, (best.Via.Other, best.Via.Relationship));
        }
        reached.Sort(static (a, b) => a.PreviousRank != b.PreviousRank
            ? a.PreviousRank.CompareTo(b.PreviousRank)
            : string.CompareOrdinal(a.Via.Id, b.Via.Id));
        return reached.ConvertAll(r => r.Node);
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
