using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Shortest paths by breadth-first search over relationships in either direction. Neighbours are
/// visited in relationship id order and the first visit wins, so among equally short paths the same
/// one always comes back.
/// </summary>
/// <remarks>
/// The path is found without that search, which would expand every hub near the start: from the
/// nodes on some shortest path (<see cref="ShortestPathLayers"/>) it steps from the start to its first
/// neighbour (in relationship id order) on the next layer, from there to that node's first neighbour
/// on the layer after, and so on. That is the search's path. The search reaches the end from the
/// node of the layer before it that it reached first, each node from the neighbour one level closer
/// that it reached first, and the nodes of a level in the order of their predecessors, then of the
/// relationship ids. So the first node of a layer it reaches is reached from the first of the layer
/// before (which precedes every other candidate, and has neighbours on the layer), through that
/// node's first relationship to the layer.
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
            var first = graph.Number(start);
            var sides = BidirectionalSearch.Meet(graph, state, first, graph.Number(end), Math.Clamp(maxHops, MinHops, MaxHops));
            if (sides is null) return null;
            var (forward, backward) = sides.Value;
            return FirstPath(graph, new ShortestPathLayers(graph, state, forward, backward), first);
        }
        finally
        {
            graph.Return(state);
        }
    }

    private static GraphPath FirstPath(NumberedGraph graph, ShortestPathLayers layers, int start)
    {
        var nodes = new List<Node>(layers.Length + 1) { graph.Node(start) };
        var relationships = new List<Relationship>(layers.Length);
        var node = start;
        for (var layer = 1; layer <= layers.Length; layer++)
        {
            var position = layers.First(node, layer);
            relationships.Add(graph.Relationship(node, position));
            node = graph.Other[position];
            nodes.Add(graph.Node(node));
        }
        return new GraphPath(nodes, relationships);
    }
}
