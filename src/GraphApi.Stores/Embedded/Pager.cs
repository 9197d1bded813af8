using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Cuts one page out of an ordered result. <c>First</c> of zero or less gives an empty page that still
/// counts all matches and says whether anything follows the cursor; a cursor past the end gives an
/// empty page. HasPreviousPage is true when a cursor was given and some match lies at or before it.
/// </summary>
internal static class Pager
{
    /// <summary>A page of the matches in the given order (as they come when it is null); only the matches up to the page's end are sorted.</summary>
    public static NodePage Page(List<Node> matches, IComparer<Node>? order, int first, string? after)
    {
        var total = matches.Count;
        var start = after is null ? 0 : (int)Math.Min((long)Cursor.Decode(after) + 1, total);
        var count = Math.Clamp(first, 0, total - start);
        var ordered = order is null ? matches : TopK.Smallest(matches, order, start + count);
        var nodes = new Node[count];
        var cursors = new string[count];
        for (var i = 0; i < count; i++)
        {
            nodes[i] = ordered[start + i];
            cursors[i] = Cursor.Encode(start + i);
        }
        return new NodePage(nodes, cursors, total, start + count < total, after is not null && total > 0);
    }
}
