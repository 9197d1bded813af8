using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Shortest paths by breadth-first search over relationships in either direction. Neighbours are
/// visited in relationship id order and the first visit wins, so among equally short paths the same
/// one always comes back.
/// </summary>
internal static class PathFinder
{
    public const int MinHops = 1;
    public const int MaxHops = 6;

    /// <summary>The path, or null when a node is unknown or the nodes are further apart than maxHops (clamped to 1..6).</summary>
    public static GraphPath? Shortest(GraphIndex index, string from, string to, int maxHops)
    {
        var start = index.Node(from);
        if (start is null || index.Node(to) is null) return null;
        if (from == to) return new GraphPath([start], []);

        // For each reached node, the node it was reached from and the relationship that led there.
        var reachedFrom = new Dictionary<string, (Node Previous, Relationship Via)>(StringComparer.Ordinal);
        var frontier = new List<Node> { start };
        for (var hop = 0; hop < Math.Clamp(maxHops, MinHops, MaxHops) && frontier.Count > 0; hop++)
        {
            var next = new List<Node>();
            foreach (var node in frontier)
            {
                foreach (var edge in index.Neighbours(node.Id))
                {
                    var other = edge.Other;
                    if (other.Id == from || !reachedFrom.TryAdd(other.Id, (node, edge.Relationship))) continue;
                    if (other.Id == to) return Path(reachedFrom, start, other);
                    next.Add(other);
                }
            }
            frontier = next;
        }
        return null;
    }

    private static GraphPath Path(Dictionary<string, (Node Previous, Relationship Via)> reachedFrom, Node start, Node end)
    {
        var nodes = new List<Node> { end };
        var relationships = new List<Relationship>();
        for (var node = end; node.Id != start.Id;)
        {
            var (previous, via) = reachedFrom[node.Id];
            relationships.Add(via);
            nodes.Add(previous);
            node = previous;
        }
        nodes.Reverse();
        relationships.Reverse();
        return new GraphPath(nodes, relationships);
    }
}
