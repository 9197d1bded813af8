using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Splits Dutch text into sentences. A sentence ends at . ! or ? followed by white space and a
/// capital, digit, bracket or quote; abbreviations such as "m.b.t." and "bv." do not end one.
/// </summary>
public static partial class Sentences
{
    private static readonly string[] Abbreviations = ["m.b.t.", "bv.", "bijv.", "o.a.", "t.e.m.", "nr.", "enz.", "vb.", "evt.", "ca.", "excl.", "incl.", "t.o.v.", "i.s.m.", "max.", "min.", "art."];

    public static IReadOnlyList<(int Start, int Length)> Split(string text, int start, int length)
    {
        var sentences = new List<(int, int)>();
        var end = start + length;
        var sentenceStart = start;
        foreach (Match boundary in Boundary().Matches(text[..end], start))
        {
            var stop = boundary.Index + 1;
            if (Abbreviations.Any(a => EndsWithIgnoringCase(text, stop, a))) continue;
            Add(text, sentences, sentenceStart, stop);
            sentenceStart = boundary.Index + boundary.Length;
        }
        Add(text, sentences, sentenceStart, end);
        return sentences;
    }

    private static void Add(string text, List<(int, int)> sentences, int from, int to)
    {
        while (from < to && char.IsWhiteSpace(text[from])) from++;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        if (to > from) sentences.Add((from, to - from));
    }

    private static bool EndsWithIgnoringCase(string text, int stop, string abbreviation) =>
        stop >= abbreviation.Length
        && string.Compare(text, stop - abbreviation.Length, abbreviation, 0, abbreviation.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (stop == abbreviation.Length || !char.IsLetter(text[stop - abbreviation.Length - 1]));

    [GeneratedRegex(@"[.!?]\s+(?=[\p{Lu}\d\[\(‘'""“])")]
    private static partial Regex Boundary();
}
