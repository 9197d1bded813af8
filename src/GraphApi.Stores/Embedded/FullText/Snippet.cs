namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// About <see cref="Length"/> characters of a text around its first match, cut between words and
/// marked with "…" where cut, with the position of every matching word in the snippet.
/// </summary>
internal static class Snippet
{
    public const int Length = 160;
    private const string Ellipsis = "…";

    public static (string Text, IReadOnlyList<Highlight> Highlights) Cut(AnalysedText text, IReadOnlySet<string> stems)
    {
        var value = text.Text;
        // The caller picks a text that holds a query stem, as the Lucene match guarantees one exists.
        var first = text.Tokens.First(t => stems.Contains(t.Stem));
        var (start, end) = Window(value, first);
        var prefix = start > 0 ? Ellipsis : "";
        var snippet = prefix + value[start..end] + (end < value.Length ? Ellipsis : "");

        var highlights = new List<Highlight>();
        foreach (var token in text.Tokens)
            if (token.Start >= start && token.Start + token.Length <= end && stems.Contains(token.Stem))
                highlights.Add(new Highlight(token.Start - start + prefix.Length, token.Length));
        return (snippet, highlights);
    }

    // A third of the window before the match reads as context; near the end of the text the window
    // shifts back so that it stays full. Both ends then move inwards to the nearest gap between words,
    // never past the match itself, and lose any whitespace.
    private static (int Start, int End) Window(string value, Token match)
    {
        if (value.Length <= Length) return (0, value.Length);
        var matchEnd = match.Start + match.Length;
        var start = Math.Max(0, match.Start - Length / 3);
        var end = Math.Min(value.Length, start + Length);
        start = Math.Max(0, end - Length);

        if (start > 0 && !char.IsWhiteSpace(value[start - 1]))
        {
            while (start < match.Start && !char.IsWhiteSpace(value[start])) start++;
        }
        if (end < value.Length && !char.IsWhiteSpace(value[end]))
        {
            while (end > matchEnd && !char.IsWhiteSpace(value[end - 1])) end--;
        }
        while (start < match.Start && char.IsWhiteSpace(value[start])) start++;
        while (end > matchEnd && char.IsWhiteSpace(value[end - 1])) end--;
        return (start, end);
    }
}
