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
        var graph = index.Numbered;
        var state = graph.RentState();
        try
        {
            var (first, last) = (graph.Number(start), graph.Number(end));
            var layers = ShortestPathLayers.Find(graph, state, first, last, Math.Clamp(maxHops, MinHops, MaxHops));
            return layers is null ? null : FirstPath(graph, state, first, last, layers);
        }
        finally
        {
            graph.Return(state);
        }
    }

    /// <summary>
    /// The breadth-first search, stepping only onto the next layer of nodes on a shortest path. A
    /// layer whose predecessors have more relationships than it has itself (hubs close to the start)
    /// is reached from its own side: each of its nodes takes the neighbour the search would have
    /// come from first, and the layer is put in the order the search would have reached it in.
    /// </summary>
    private static GraphPath FirstPath(NumberedGraph graph, PathSearchState state, int start, int end, List<int>[] layers)
    {
        var frontier = new List<int> { start };
        for (var level = 1; level < layers.Length; level++)
        {
            frontier = ShortestPathLayers.RelationshipCount(graph, frontier) <= ShortestPathLayers.RelationshipCount(graph, layers[level])
                ? ReachForward(graph, state, frontier, level)
                : ReachBackward(graph, state, frontier, layers[level]);
        }
        return Path(graph, state, start, end);
    }

    /// <summary>The next layer in the order a search from the frontier reaches it: frontier order, then relationship id order.</summary>
    private static List<int> ReachForward(NumberedGraph graph, PathSearchState state, List<int> frontier, int level)
    {
        var (start, other) = (graph.Start, graph.Other);
        var next = new List<int>();
        foreach (var node in frontier)
        {
            for (var i = start[node]; i < start[node + 1]; i++)
                if (state.Level(other[i], PathMark.Layer) == level && state.TryReach(other[i], node, i)) next.Add(other[i]);
        }
        return next;
    }

    /// <summary>
    /// The same as <see cref="ReachForward"/>, from the layer's side: each node's predecessor is its
    /// neighbour earliest in the frontier, by its lowest relationship id to it (neighbour lists are in
    /// relationship id order), and that is also where it falls in the next layer's order: by its
    /// predecessor's rank, then by the relationship's place among the predecessor's neighbours.
    /// </summary>
    private static List<int> ReachBackward(NumberedGraph graph, PathSearchState state, List<int> frontier, List<int> layer)
    {
        var (start, other, twin) = (graph.Start, graph.Other, graph.Twin);
        // The frontier is the whole layer before this one, so a neighbour marked with that layer has a rank.
        var frontierLevel = state.Level(frontier[0], PathMark.Layer);
        for (var rank = 0; rank < frontier.Count; rank++) state.SetRank(frontier[rank], rank);
        var order = new long[layer.Count];
        var nodes = layer.ToArray();
        for (var n = 0; n < nodes.Length; n++)
        {
            var node = nodes[n];
            var (bestRank, best) = (int.MaxValue, -1);
            for (var i = start[node]; i < start[node + 1]; i++)
            {
                if (state.Level(other[i], PathMark.Layer) != frontierLevel) continue;
                var rank = state.Rank(other[i]);
                if (rank < bestRank) (bestRank, best) = (rank, i);
            }
            state.TryReach(node, other[best], twin[best]);
            order[n] = ((long)bestRank << 32) | (uint)twin[best];
        }
        Array.Sort(order, nodes);
        return [.. nodes];
    }

    private static GraphPath Path(NumberedGraph graph, PathSearchState state, int start, int end)
    {
        var nodes = new List<Node> { graph.Node(end) };
        var relationships = new List<Relationship>();
        for (var node = end; node != start;)
        {
            var (previous, via) = state.ReachedFrom(node);
            relationships.Add(graph.Relationship(previous, via));
            nodes.Add(graph.Node(previous));
            node = previous;
        }
        nodes.Reverse();
        relationships.Reverse();
        return new GraphPath(nodes, relationships);
    }
}
