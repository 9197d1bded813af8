namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Splits text into sentences, which is the reach of a money expression's years and markers. A
/// sentence ends at '.', '!' or '?' followed by a capital, a digit or a list mark — not inside a
/// decimal number (no space follows the separator) and not after an abbreviation such as m.b.t.,
/// bv., o.a., t.e.m., nr. or max., which Dutch never ends a sentence with and which a capital or
/// digit often follows (“o.a. Digitaal Vlaanderen”, “t.e.m. 2024”, “max. 50.000 euro”). It also ends
/// at a blank line or a line that starts a list item; a single line break does not end one, as the
/// plan documents are wrapped at a fixed width.
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "a.d.h.v.", "art.", "b.v.", "bijv.", "blz.", "bv.", "ca.", "cf.", "cfr.", "d.w.z.", "dhr.", "e.a.", "excl.",
        "i.s.m.", "i.v.m.", "incl.", "m.a.w.", "m.b.t.", "max.", "mevr.", "min.", "nr.", "o.a.", "o.b.v.", "resp.",
        "t.a.v.", "t.e.m.", "vs.",
    };

    /// <summary>
    /// “vzw.” is the one abbreviation the documents do end sentences with (“… toe aan de Vlaamse
    /// ICT-Organisatie vzw. De besteding …”), so it ends one only when a capital follows.
    /// </summary>
    private const string Vzw = "vzw.";

    /// <summary>The sentences of <paramref name="text"/>[start, start + length), trimmed, as offsets into text.</summary>
    public static IReadOnlyList<(int Offset, int Length)> Split(string text, int start, int length)
    {
        var end = start + length;
        var sentences = new List<(int Offset, int Length)>();
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var boundary = EndAfterPunctuation(text, i, end) ?? EndAtLineBreak(text, i, end);
            if (boundary is not { } next) continue;
            Add(sentences, text, sentenceStart, next);
            sentenceStart = next;
            i = next - 1;
        }
        Add(sentences, text, sentenceStart, end);
        return sentences;
    }

    /// <summary>Where the next sentence may begin if the '.', '!' or '?' at <paramref name="i"/> ends one.</summary>
    private static int? EndAfterPunctuation(string text, int i, int end)
    {
        if (text[i] is not ('.' or '!' or '?')) return null;
        var after = i + 1;
        while (after < end && text[after] is '"' or '\'' or '’' or '”' or ')' or '»') after++;
        if (after < end && !char.IsWhiteSpace(text[after])) return null;
        var next = after;
        while (next < end && char.IsWhiteSpace(text[next])) next++;
        if (next == end) return after;
        var follower = text[next];
        if (text[i] == '.')
        {
            var word = WordEndingAt(text, i);
            if (word.Equals(Vzw, StringComparison.OrdinalIgnoreCase)) return char.IsUpper(follower) ? after : null;
            if (Abbreviations.Contains(word)) return null;
        }
        return char.IsUpper(follower) || char.IsDigit(follower) || IsListMark(follower) || follower is '‘' or '“' or '\'' or '"' or '(' or '['
            ? after
            : null;
    }

    /// <summary>A blank line, or a line break before a list item, ends a sentence that has no full stop.</summary>
    private static int? EndAtLineBreak(string text, int i, int end)
    {
        if (text[i] != '\n') return null;
        var next = i + 1;
        while (next < end && text[next] is ' ' or '\t' or '\r') next++;
        if (next < end && text[next] == '\n') return next;
        return next + 1 < end && IsListMark(text[next]) && text[next + 1] == ' ' ? next : null;
    }

    private static bool IsListMark(char c) => c is '-' or '•' or '–' or '*';

    private static string WordEndingAt(string text, int i)
    {
        var start = i;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]) && text[start - 1] is not ('(' or '‘' or '“' or '\'' or '"')) start--;
        return text[start..(i + 1)];
    }

    private static void Add(List<(int Offset, int Length)> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) sentences.Add((start, end - start));
    }
}
