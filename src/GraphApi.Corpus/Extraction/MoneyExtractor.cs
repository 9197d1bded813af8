using System.Text.RegularExpressions;
using GraphApi.Graph;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Finds every money expression in a text — readable or not — with its years, markers, recipient and
/// subjects. An expression is a number with “euro” after it or “€” before it, with an optional scale
/// word between (<c>5,79 miljoen euro</c>, <c>1760K euro</c>, <c>€829 miljard</c>). Any word in the
/// scale's place is taken as one, so a misspelling such as “5,5 miljioen euro” is reported as
/// unreadable instead of being read as 5,5 euro or passed over.
/// </summary>
/// <param name="terms">Recognises recipients and subjects; without it recipients are reported as text only.</param>
public sealed partial class MoneyExtractor(TermMatcher? terms = null)
{
    /// <summary>The money expressions in <paramref name="text"/>[start, start + length); length -1 means to the end.</summary>
    public IReadOnlyList<MoneyMention> Find(string text, int start = 0, int length = -1)
    {
        var end = length < 0 ? text.Length : start + length;
        var expressions = Expressions(text, start, end);
        if (expressions.Count == 0) return [];
        var clauses = Clauses(text, expressions, SentenceSplitter.Split(text, start, end - start));
        var yearsRightAfter = clauses.Select(c => MoneyYears.RightAfter(text, c)).ToList();
        var claimed = clauses.Zip(yearsRightAfter)
            .Where(c => c.Second is not null)
            .Select(c => (Start: c.First.End, End: c.Second!.Value.End))
            .ToList();
        var found = terms?.Find(text, start, end - start) ?? [];
        return clauses.Select((clause, i) =>
            Mention(text, clause, yearsRightAfter[i]?.Years ?? MoneyYears.FromSentence(text, clause, claimed), found)).ToList();
    }

    private static MoneyMention Mention(string text, AmountClause clause, IReadOnlyList<int> years, IReadOnlyList<TermMention> found)
    {
        var before = clause.Before(text);
        var after = clause.After(text);
        var (recipient, recipientText) = Recipients.Find(text, clause, found);
        var subjects = found
            .Where(t => t.Offset >= clause.ClauseStart && t.Offset + t.Length <= clause.ClauseEnd && t != recipient)
            .Where(t => t.Term.Label is NodeLabel.Programme or NodeLabel.BuildingBlock)
            .ToList();
        return new MoneyMention(
            clause.Offset, clause.End - clause.Offset, EuroAmountParser.Parse(text[clause.Offset..clause.End]), years,
            MoneyMarkers.IsAnnual(before, after), MoneyMarkers.IsCap(before), MoneyMarkers.PerUnit(after), MoneyMarkers.IsTotal(before, after),
            clause.SentenceStart, clause.SentenceEnd - clause.SentenceStart, recipient, recipientText, subjects);
    }

    private static List<(int Offset, int End)> Expressions(string text, int start, int end)
    {
        var expressions = new List<(int Offset, int End)>();
        for (var match = Expression().Match(text, start, end - start); match.Success; match = match.NextMatch())
            expressions.Add((match.Index, match.Index + match.Length));
        // A slice that stops inside an expression (“… en 5,79 miljoen”) has lost its currency: report
        // it rather than drop the amount without a word.
        var unfinished = Unfinished().Match(text, start, end - start);
        if (unfinished.Success && (expressions.Count == 0 || expressions[^1].End <= unfinished.Index))
            expressions.Add((unfinished.Index, unfinished.Index + unfinished.Length));
        return expressions;
    }

    /// <summary>
    /// Each expression's clause: its sentence cut at ';' and ':' and at the neighbouring expressions.
    /// The words between two expressions are shared out at their last comma or “en” — “5 miljoen euro
    /// voor VRD 1-oplossingen | en 10 miljoen euro voor VRD 2-oplossingen”, “maximaal 108.000 euro |, voor
    /// het begrotingsjaar 2022 … maximaal 103.500 euro” — because that is where Dutch starts the next
    /// item of a list. Without such a word the two clauses share them, so neither loses a marker.
    /// </summary>
    private static List<AmountClause> Clauses(string text, List<(int Offset, int End)> expressions, IReadOnlyList<(int Offset, int Length)> sentences)
    {
        var clauses = new List<AmountClause>();
        var nextStart = 0;
        for (var i = 0; i < expressions.Count; i++)
        {
            var (offset, end) = expressions[i];
            var sentence = sentences.Last(s => s.Offset <= offset);
            var sentenceEnd = Math.Max(sentence.Offset + sentence.Length, end);
            var clauseStart = Math.Max(sentence.Offset, nextStart);
            var separatorBefore = text.AsSpan(clauseStart, offset - clauseStart).LastIndexOfAny(';', ':');
            if (separatorBefore >= 0) clauseStart += separatorBefore + 1;

            var clauseEnd = i + 1 < expressions.Count ? Math.Min(sentenceEnd, expressions[i + 1].Offset) : sentenceEnd;
            nextStart = end;
            var separatorAfter = text.AsSpan(end, clauseEnd - end).IndexOfAny(';', ':');
            if (separatorAfter >= 0)
                clauseEnd = end + separatorAfter;
            else if (i + 1 < expressions.Count && clauseEnd == expressions[i + 1].Offset
                     && ListBreak().Match(text, end, clauseEnd - end) is { Success: true } listBreak)
                (clauseEnd, nextStart) = (listBreak.Index, listBreak.Index + listBreak.Length);
            clauses.Add(new AmountClause(offset, end, sentence.Offset, sentenceEnd, clauseStart, clauseEnd));
        }
        return clauses;
    }

    [GeneratedRegex(@"\s*,\s*(?:en\s+)?|\s+en\s+", RegexOptions.RightToLeft)]
    private static partial Regex ListBreak();

    private const string Number = @"\d(?:[\d.,]*\d)?(?:[ \u00A0\u202F]\d{3}(?!\d))*(?:,\d+)?";

    /// <summary>
    /// “€” + number (+ K, M or a word starting “mil”) (+ euro); or number (+ any one word) + euro; or a
    /// scale word with no digits before it (“twee miljoen euro”, “K euro”), which the parser rejects.
    /// Digits grouped by spaces are taken whole (“1 760 000 euro”) so that their last group is never
    /// read alone as an amount.
    /// </summary>
    [GeneratedRegex(
        @"€[ \t\u00A0]*" + Number + @"(?:[ \t\u00A0]*(?:(?i:mil\p{L}*)|[KMk])(?![\p{L}\p{N}]))?(?:\s*euro(?![\p{L}\p{N}]))?" +
        @"|(?<![\p{L}\p{N}.,€])" + Number + @"(?:\s*\p{L}+)?\s*euro(?![\p{L}\p{N}])" +
        @"|(?<![\p{L}\p{N}])(?:\p{L}+[ \t\u00A0]+)?(?:(?i:miljoen|miljard)|[KM])\s*euro(?![\p{L}\p{N}])")]
    private static partial Regex Expression();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,€])" + Number + @"\s*(?:(?i:miljoen|miljard)|[KMk])(?:\s*(?:eur|eu|e))?(?=\s*\z)")]
    private static partial Regex Unfinished();
}
