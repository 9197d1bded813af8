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
    /// <summary>
    /// How many hops apart the nodes are, marking each node k hops from the start on a shortest path
    /// with <see cref="PathMark.Layer"/> k; -1 when they are more than maxHops apart.
    /// </summary>
    public static int Find(NumberedGraph graph, PathSearchState state, int start, int end, int maxHops)
    {
        var forward = new Side(graph, state, PathMark.Forward, start);
        var backward = new Side(graph, state, PathMark.Backward, end);
        while (forward.Depth + backward.Depth < maxHops)
        {
            var near = forward.FrontierCost <= backward.FrontierCost ? forward : backward;
            if (near.Frontier.Count == 0) return -1;
            if (!near.Expand(backward == near ? forward : backward)) continue;
            MarkLayers(graph, state, forward, backward);
            return forward.Depth + backward.Depth + 1;
        }
        return -1;
    }

    /// <summary>
    /// Works outwards from the relationships joining the two frontiers: a node one level nearer
    /// either end lies on a shortest path exactly when it neighbours a node of the level beyond it
    /// that does.
    /// </summary>
    private static void MarkLayers(NumberedGraph graph, PathSearchState state, Side forward, Side backward)
    {
        var length = forward.Depth + backward.Depth + 1;
        var layers = new List<int>[length + 1];
        layers[forward.Depth] = Adjacent(graph, state, forward, forward.Depth, forward.Depth, backward.Frontier, backward.Mark, backward.Depth);
        layers[forward.Depth + 1] = Adjacent(graph, state, backward, backward.Depth, forward.Depth + 1, layers[forward.Depth], PathMark.Layer, forward.Depth);
        for (var level = forward.Depth - 1; level >= 0; level--)
            layers[level] = Adjacent(graph, state, forward, level, level, layers[level + 1], PathMark.Layer, level + 1);
        for (var level = backward.Depth - 1; level >= 0; level--)
            layers[length - level] = Adjacent(graph, state, backward, level, length - level, layers[length - level - 1], PathMark.Layer, length - level - 1);
    }

    /// <summary>
    /// The nodes of one side's level with a relationship to a target (a node marked targetMark at
    /// targetLevel), marked as the given layer; walks whichever of the two has fewer relationships.
    /// </summary>
    private static List<int> Adjacent(NumberedGraph graph, PathSearchState state, Side side, int level, int layer,
        List<int> targets, PathMark targetMark, int targetLevel)
    {
        var adjacent = new List<int>();
        var (start, other) = (graph.Start, graph.Other);
        if (side.Cost(level) <= RelationshipCount(graph, targets))
        {
            foreach (var candidate in side.Levels[level])
            {
                for (var i = start[candidate]; i < start[candidate + 1]; i++)
                {
                    if (state.Level(other[i], targetMark) != targetLevel) continue;
                    state.TryMark(candidate, PathMark.Layer, layer);
                    adjacent.Add(candidate);
                    break;
                }
            }
            return adjacent;
        }
        foreach (var target in targets)
        {
            for (var i = start[target]; i < start[target + 1]; i++)
                if (side.IsAt(other[i], level) && state.TryMark(other[i], PathMark.Layer, layer)) adjacent.Add(other[i]);
        }
        return adjacent;
    }

    /// <summary>How many relationships walking these nodes' neighbours visits: which side of a step is cheaper.</summary>
    private static long RelationshipCount(NumberedGraph graph, List<int> nodes)
    {
        var count = 0L;
        foreach (var node in nodes) count += graph.Degree(node);
        return count;
    }

    /// <summary>One end's breadth-first search: every level reached so far, and each reached node marked with its level.</summary>
    private sealed class Side
    {
        private readonly NumberedGraph _graph;
        private readonly PathSearchState _state;
        private readonly List<long> _costs = [];

        public Side(NumberedGraph graph, PathSearchState state, PathMark mark, int origin)
        {
            (_graph, _state, Mark) = (graph, state, mark);
            state.TryMark(origin, mark, 0);
            Levels.Add([origin]);
            _costs.Add(graph.Degree(origin));
        }

        public PathMark Mark { get; }
        public List<List<int>> Levels { get; } = [];
        public int Depth => Levels.Count - 1;
        public List<int> Frontier => Levels[^1];

        /// <summary>The relationships of a level's nodes: what walking them costs.</summary>
        public long Cost(int level) => _costs[level];

        public long FrontierCost => _costs[^1];

        public bool IsAt(int node, int level) => _state.Level(node, Mark) == level;

        /// <summary>Reaches the next level; true (leaving that level unfinished) as soon as a relationship joins the frontier to the other side's.</summary>
        public bool Expand(Side other)
        {
            var (start, neighbours) = (_graph.Start, _graph.Other);
            var next = new List<int>();
            var cost = 0L;
            foreach (var node in Frontier)
            {
                for (var i = start[node]; i < start[node + 1]; i++)
                {
                    var neighbour = neighbours[i];
                    // Nothing reached by the other side lies nearer to its end than its frontier, or the sides would have met before.
                    if (_state.Level(neighbour, other.Mark) >= 0) return true;
                    if (!_state.TryMark(neighbour, Mark, Levels.Count)) continue;
                    next.Add(neighbour);
                    cost += _graph.Degree(neighbour);
                }
            }
            Levels.Add(next);
            _costs.Add(cost);
            return false;
        }
    }
}
