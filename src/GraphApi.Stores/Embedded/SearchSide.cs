namespace GraphApi.Stores.Embedded;

/// <summary>One end's breadth-first search: every level reached so far, and each reached node marked with its level.</summary>
internal sealed class SearchSide
{
    private readonly NumberedGraph _graph;
    private readonly PathSearchState _state;
    private readonly List<long> _costs = [];

    public SearchSide(NumberedGraph graph, PathSearchState state, PathMark mark, int origin)
    {
        (_graph, _state, Mark) = (graph, state, mark);
        state.TryMark(origin, mark, 0);
        var level = state.NewList();
        level.Add(origin);
        Levels.Add(level);
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
    public bool Expand(SearchSide other)
    {
        var (start, neighbours) = (_graph.Start, _graph.Other);
        var next = _state.NewList();
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
