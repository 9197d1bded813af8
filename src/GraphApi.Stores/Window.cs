using GraphApi.Stores.Embedded;

namespace GraphApi.Stores;

/// <summary>
/// Which part of an ordered result a page is, as Relay's arguments say it: of the matches after the
/// cursor <see cref="After"/> and before <see cref="Before"/>, the first <see cref="First"/> or, when
/// <see cref="Last"/> is given, the last <see cref="Last"/>. Cursors are the stores' own (see <see cref="Cursor"/>).
/// </summary>
public sealed record Window(int First, string? After = null, int? Last = null, string? Before = null)
{
    /// <summary>The position just after the After cursor (0 without one), not yet bounded by the number of matches.</summary>
    public long Start => After is null ? 0 : (long)Cursor.Decode(After) + 1;

    /// <summary>The position of the Before cursor, when given.</summary>
    public int? End => Before is null ? null : Cursor.Decode(Before);

    /// <summary>
    /// The positions [From, To) of the page among <paramref name="total"/> ordered matches. A cursor past
    /// the end, or a Before at or ahead of After, gives an empty page; a count of zero or less too.
    /// </summary>
    public (int From, int To) Slice(int total)
    {
        var start = (int)Math.Min(Start, total);
        var end = End is { } before ? Math.Clamp(before, start, total) : total;
        return Last is { } last
            ? (Math.Max(start, end - Math.Max(last, 0)), end)
            : (start, (int)Math.Min((long)start + Math.Max(First, 0), end));
    }

    /// <summary>The page of the matches in [From, To): HasPreviousPage when matches lie before it, HasNextPage when after.</summary>
    public NodePage Page(IReadOnlyList<GraphApi.Graph.Node> ordered, int total, int from) =>
        new(ordered, new PositionCursors(from, ordered.Count), total, from + ordered.Count < total, from > 0 && total > 0);

    // Encoded when read: most queries ask for nodes, not cursors, and each was two strings and a byte array.
    private sealed class PositionCursors(int from, int count) : IReadOnlyList<string>
    {
        public string this[int index] => (uint)index < (uint)count ? Cursor.Encode(from + index) : throw new ArgumentOutOfRangeException(nameof(index));

        public int Count => count;

        public IEnumerator<string> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return Cursor.Encode(from + i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
