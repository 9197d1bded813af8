namespace GraphApi.Stores.Embedded;

/// <summary>
/// How far apart two nodes are. A breadth-first search runs from both ends and always expands the
/// side whose frontier has fewer relationships, so a hub (a clause with tens of thousands of
/// fulfilments, an agency involved in most decisions) is entered from the cheaper side and never has
/// all its neighbours' neighbours visited; the search stops at the first relationship joining the
/// two frontiers.
/// </summary>
internal static class BidirectionalSearch
{
    /// <summary>
    /// The two sides where they meet, every level of each complete, so that the nodes are one hop
    /// more apart than the sides are deep; null when the nodes are more than maxHops apart.
    /// </summary>
    public static (SearchSide Forward, SearchSide Backward)? Meet(NumberedGraph graph, PathSearchState state, int start, int end, int maxHops)
    {
        var forward = new SearchSide(graph, state, PathMark.Forward, start);
        var backward = new SearchSide(graph, state, PathMark.Backward, end);
        while (forward.Depth + backward.Depth < maxHops)
        {
            var near = forward.FrontierCost <= backward.FrontierCost ? forward : backward;
            if (near.Frontier.Count == 0) return null;
            if (near.Expand(backward == near ? forward : backward)) return (forward, backward);
        }
        return null;
    }
}
