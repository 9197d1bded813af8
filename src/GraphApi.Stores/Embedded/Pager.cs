using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Cuts one page out of an ordered result, as <see cref="Window.Slice"/> says; only the matches up to the
/// page's end are sorted. A count of zero or less gives an empty page that still counts all matches and
/// says whether anything lies before or after it; a cursor past the end gives an empty page.
/// </summary>
internal static class Pager
{
    /// <summary>A page of the matches (node places) in the given order (as they come when it is null).</summary>
    public static NodePage Page(List<int> matches, IComparer<int>? order, Window window, GraphIndex index)
    {
        var total = matches.Count;
        var (from, to) = window.Slice(total);
        var ordered = order switch
        {
            null => matches,
            OrderRanks.ByRank byRank => TopK.Smallest(matches, byRank.Rank, to),
            _ => TopK.Smallest(matches, order, to),
        };
        var nodes = new Node[to - from];
        for (var i = from; i < to; i++) nodes[i - from] = index.At(ordered[i]);
        return window.Page(nodes, total, from);
    }

    /// <summary>
    /// A page of a set of nodes in the given order (id order when it is null or by id alone): by rank, the order's
    /// places are read until the page's end is reached, so that the first page of 9,700 reads a few hundred bits.
    /// </summary>
    public static NodePage Page(NodeBits matches, IComparer<int>? order, Window window, GraphIndex index)
    {
        var total = matches.Count;
        var (from, to) = window.Slice(total);
        var nodes = new Node[to - from];
        if (order is null || order == Comparer<int>.Default || order is OrderRanks.ByRank)
        {
            var position = 0;
            foreach (var place in order is OrderRanks.ByRank byRank ? InSet(byRank.InOrder, matches) : matches.Members())
            {
                if (position >= to) break;
                if (position >= from) nodes[position - from] = index.At(place);
                position++;
            }
            return window.Page(nodes, total, from);
        }
        return Page(matches.Members().ToList(), order, window, index);
    }

    private static IEnumerable<int> InSet(int[] places, NodeBits set)
    {
        foreach (var place in places)
            if (set.Contains(place)) yield return place;
    }
}
