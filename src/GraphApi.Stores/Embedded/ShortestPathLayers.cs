using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// The nodes lying on some shortest path between two nodes, level by level from the start. A
/// breadth-first search runs from both ends and always expands the side whose frontier has fewer
/// relationships, so a hub (a clause with tens of thousands of fulfilments, an agency involved in
/// most decisions) is entered from the cheaper side and never has all its neighbours' neighbours
/// visited; the search stops at the first relationship joining the two frontiers.
/// </summary>
internal static class ShortestPathLayers
{
    /// <summary>Level k holds the nodes k hops from the start on a shortest path; null when the nodes are more than maxHops apart.</summary>
    public static IReadOnlyList<HashSet<Node>>? Find(GraphIndex index, Node start, Node end, int maxHops)
    {
        var forward = new Side(index, start);
        var backward = new Side(index, end);
        while (forward.Depth + backward.Depth < maxHops)
        {
            var near = forward.FrontierCost <= backward.FrontierCost ? forward : backward;
            if (near.Frontier.Count == 0) return null;
            if (near.Expand(backward == near ? forward : backward)) return Layers(index, forward, backward);
        }
        return null;
    }

    /// <summary>
    /// Works outwards from the relationships joining the two frontiers: a node one level nearer
    /// either end lies on a shortest path exactly when it neighbours a node of the level beyond it
    /// that does.
    /// </summary>
    private static HashSet<Node>[] Layers(GraphIndex index, Side forward, Side backward)
    {
        var length = forward.Depth + backward.Depth + 1;
        var layers = new HashSet<Node>[length + 1];
        layers[forward.Depth] = Adjacent(index, forward, forward.Depth, backward.Frontier, node => backward.IsAt(node, backward.Depth));
        layers[forward.Depth + 1] = Adjacent(index, backward, backward.Depth, layers[forward.Depth], layers[forward.Depth].Contains);
        for (var level = forward.Depth - 1; level >= 0; level--)
        {
            var beyond = layers[level + 1];
            layers[level] = Adjacent(index, forward, level, beyond, beyond.Contains);
        }
        for (var level = backward.Depth - 1; level >= 0; level--)
        {
            var beyond = layers[length - level - 1];
            layers[length - level] = Adjacent(index, backward, level, beyond, beyond.Contains);
        }
        return layers;
    }

    /// <summary>The nodes of one side's level with a relationship to a target, walking whichever of the two has fewer relationships.</summary>
    private static HashSet<Node> Adjacent(GraphIndex index, Side side, int level, IReadOnlyCollection<Node> targets, Func<Node, bool> isTarget)
    {
        var adjacent = new HashSet<Node>(ReferenceEqualityComparer.Instance);
        var candidates = side.Levels[level];
        if (side.Cost(level) <= RelationshipCount(index, targets))
        {
            foreach (var candidate in candidates)
            {
                foreach (var edge in index.Neighbours(candidate.Id))
                {
                    if (!isTarget(edge.Other)) continue;
                    adjacent.Add(candidate);
                    break;
                }
            }
            return adjacent;
        }
        foreach (var target in targets)
            foreach (var edge in index.Neighbours(target.Id))
                if (side.IsAt(edge.Other, level)) adjacent.Add(edge.Other);
        return adjacent;
    }

    /// <summary>How many relationships walking these nodes' neighbours visits: which side of a step is cheaper.</summary>
    public static long RelationshipCount(GraphIndex index, IEnumerable<Node> nodes) => nodes.Sum(node => (long)index.Neighbours(node.Id).Count);

    /// <summary>One end's breadth-first search: every level reached so far and each reached node's level.</summary>
    private sealed class Side(GraphIndex index, Node origin)
    {
        private readonly Dictionary<Node, int> _level = new(ReferenceEqualityComparer.Instance) { [origin] = 0 };
        private readonly List<long?> _costs = [null];

        public List<List<Node>> Levels { get; } = [[origin]];
        public int Depth => Levels.Count - 1;
        public List<Node> Frontier => Levels[^1];

        /// <summary>The relationships of a level's nodes: what walking them costs.</summary>
        public long Cost(int level) => _costs[level] ??= RelationshipCount(index, Levels[level]);

        public long FrontierCost => Cost(Depth);

        public bool IsAt(Node node, int level) => _level.TryGetValue(node, out var reached) && reached == level;

        /// <summary>Reaches the next level; true (leaving that level unfinished) as soon as a relationship joins the frontier to the other side's.</summary>
        public bool Expand(Side other)
        {
            var next = new List<Node>();
            foreach (var node in Frontier)
            {
                foreach (var edge in index.Neighbours(node.Id))
                {
                    // Nothing reached by the other side lies nearer to its end than its frontier, or the sides would have met before.
                    if (other._level.ContainsKey(edge.Other)) return true;
                    if (_level.TryAdd(edge.Other, Levels.Count)) next.Add(edge.Other);
                }
            }
            Levels.Add(next);
            _costs.Add(null);
            return false;
        }
    }
}
