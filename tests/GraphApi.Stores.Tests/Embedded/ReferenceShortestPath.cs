using GraphApi.Graph;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>
/// The store's original shortest path, kept here as the reference its faster search must match: a
/// breadth-first search from the start over relationships in either direction, neighbours in
/// relationship id order, the first visit winning.
/// </summary>
public static class ReferenceShortestPath
{
    public static GraphPath? Find(KnowledgeGraph graph, string from, string to, int maxHops)
    {
        var start = graph.Node(from);
        if (start is null || graph.Node(to) is null) return null;
        if (from == to) return new GraphPath([start], []);

        var neighbours = Neighbours(graph);
        var reachedFrom = new Dictionary<string, (Node Previous, Relationship Via)>(StringComparer.Ordinal);
        var frontier = new List<Node> { start };
        for (var hop = 0; hop < Math.Clamp(maxHops, 1, 6) && frontier.Count > 0; hop++)
        {
            var next = new List<Node>();
            foreach (var node in frontier)
            {
                foreach (var (relationship, other) in neighbours.GetValueOrDefault(node.Id, []))
                {
                    if (other.Id == from || !reachedFrom.TryAdd(other.Id, (node, relationship))) continue;
                    if (other.Id == to) return Path(reachedFrom, start, other);
                    next.Add(other);
                }
            }
            frontier = next;
        }
        return null;
    }

    private static Dictionary<string, List<(Relationship, Node)>> Neighbours(KnowledgeGraph graph)
    {
        var neighbours = new Dictionary<string, List<(Relationship, Node)>>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships)
        {
            Add(relationship.Start, relationship, graph.Node(relationship.End)!);
            if (relationship.End != relationship.Start) Add(relationship.End, relationship, graph.Node(relationship.Start)!);
        }
        return neighbours;

        void Add(string nodeId, Relationship relationship, Node other)
        {
            if (!neighbours.TryGetValue(nodeId, out var list)) neighbours[nodeId] = list = [];
            list.Add((relationship, other));
        }
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
