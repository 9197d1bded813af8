namespace GraphApi.Stores.Embedded;

/// <summary>
/// Which nodes lie on a shortest path, layer by layer from the start, once the two sides of the
/// <see cref="BidirectionalSearch"/> have met: asked node by node, for the first neighbour of a node
/// on the next layer.
/// </summary>
/// <remarks>
/// Beyond the forward side's frontier the answer is the backward side's level: a neighbour one level
/// nearer the end is one hop further from the start. Up to the frontier a node on the forward side's
/// level is on the layer when it has a neighbour on the next one, which is asked the same way and
/// remembered. A hub's first such neighbour is usually a few relationships in (the government of a
/// decision, an agency's decision), where marking every layer at once walks a whole frontier. When
/// the questions have walked as many relationships as marking every layer would, the layers are
/// marked instead, each from whichever side of it has fewer relationships.
/// </remarks>
internal sealed class ShortestPathLayers
{
    private enum Answer { No, Yes, OverBudget }

    private readonly NumberedGraph _graph;
    private readonly PathSearchState _state;
    private readonly SearchSide _forward;
    private readonly SearchSide _backward;
    private long _budget;
    private bool _marked;

    public ShortestPathLayers(NumberedGraph graph, PathSearchState state, SearchSide forward, SearchSide backward)
    {
        (_graph, _state, _forward, _backward) = (graph, state, forward, backward);
        _budget = Math.Min(forward.FrontierCost, backward.FrontierCost);
        for (var level = 0; level < forward.Depth; level++) _budget += forward.Cost(level);
    }

    /// <summary>How many hops the shortest paths have.</summary>
    public int Length => _forward.Depth + _backward.Depth + 1;

    /// <summary>The position among a node's neighbours (in the <see cref="NumberedGraph"/>) of the first one on a layer; the node is on the layer before it.</summary>
    public int First(int node, int layer)
    {
        if (layer > _forward.Depth) return FirstMarked(node, _backward.Mark, Length - layer);
        if (!_marked)
        {
            var (answer, position) = FirstOnLayer(node, layer);
            if (answer == Answer.Yes) return position;
            MarkLayers();
        }
        return FirstMarked(node, PathMark.Layer, layer);
    }

    private int FirstMarked(int node, PathMark mark, int level)
    {
        var position = _graph.Start[node];
        // A node on a shortest path has a neighbour on the next layer.
        while (_state.Level(_graph.Other[position], mark) != level) position++;
        return position;
    }

    private (Answer Answer, int Position) FirstOnLayer(int node, int layer)
    {
        var (start, other) = (_graph.Start, _graph.Other);
        for (var position = start[node]; position < start[node + 1]; position++)
        {
            if (--_budget < 0) return (Answer.OverBudget, -1);
            var next = other[position];
            var answer = layer > _forward.Depth
                ? _backward.IsAt(next, _backward.Depth) ? Answer.Yes : Answer.No
                : _forward.IsAt(next, layer) ? IsOnLayer(next, layer) : Answer.No;
            if (answer != Answer.No) return (answer, position);
        }
        return (Answer.No, -1);
    }

    /// <summary>Whether a node on the forward side's level lies on a shortest path.</summary>
    private Answer IsOnLayer(int node, int layer)
    {
        switch (_state.Level(node, PathMark.OnPath))
        {
            case 0: return Answer.No;
            case 1: return Answer.Yes;
        }
        var (answer, _) = FirstOnLayer(node, layer + 1);
        if (answer != Answer.OverBudget) _state.TryMark(node, PathMark.OnPath, answer == Answer.Yes ? 1 : 0);
        return answer;
    }

    /// <summary>
    /// Marks every layer up to the forward side's frontier, working back from the relationships joining
    /// the two frontiers: a node of the forward side's level lies on a shortest path exactly when it
    /// neighbours a node of the layer beyond it.
    /// </summary>
    private void MarkLayers()
    {
        var layer = Adjacent(_forward.Depth, _backward.Frontier, _backward.Mark, _backward.Depth);
        for (var level = _forward.Depth - 1; level > 0; level--) layer = Adjacent(level, layer, PathMark.Layer, level + 1);
        _marked = true;
    }

    /// <summary>
    /// The nodes of the forward side's level with a relationship to a target (a node marked targetMark
    /// at targetLevel), marked as the layer of that level; walks whichever of the two has fewer relationships.
    /// </summary>
    private List<int> Adjacent(int level, List<int> targets, PathMark targetMark, int targetLevel)
    {
        var adjacent = _state.NewList();
        var (start, other) = (_graph.Start, _graph.Other);
        if (_forward.Cost(level) <= RelationshipCount(targets))
        {
            foreach (var candidate in _forward.Levels[level])
            {
                for (var i = start[candidate]; i < start[candidate + 1]; i++)
                {
                    if (_state.Level(other[i], targetMark) != targetLevel) continue;
                    _state.TryMark(candidate, PathMark.Layer, level);
                    adjacent.Add(candidate);
                    break;
                }
            }
            return adjacent;
        }
        foreach (var target in targets)
        {
            for (var i = start[target]; i < start[target + 1]; i++)
                if (_forward.IsAt(other[i], level) && _state.TryMark(other[i], PathMark.Layer, level)) adjacent.Add(other[i]);
        }
        return adjacent;
    }

    private long RelationshipCount(List<int> nodes)
    {
        var count = 0L;
        foreach (var node in nodes) count += _graph.Degree(node);
        return count;
    }
}
