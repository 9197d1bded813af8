using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// The years a money expression applies to, by the first rule that finds any:
/// <list type="number">
/// <item>Years stated right after the amount (“1760K euro in 2021”, “voorzien in 2021 en 2022”,
/// “investeringen, gespreid over 2021 en 2022”, “voor 2021 en 2022”): the writer tied them to this
/// amount, so they beat anything said about the sentence as a whole.</item>
/// <item>A budget-year phrase (“begrotingsjaar 2024”, “begrotingsjaren 2021 tot en met 2024”): the
/// nearest one before the amount in its sentence, because Dutch puts a sentence's scope in front
/// (“Voor het begrotingsjaar 2024 wijst ze 5 miljoen euro … en 10 miljoen euro …” — both 2024), else
/// one after it in its own clause (“111.000 euro toe aan … vzw voor het begrotingsjaar 2022”).</item>
/// <item>“in YYYY” or “voor YYYY” before the amount in its sentence (“Voor dit project wordt in 2021
/// 5 miljoen euro voorzien”), unless rule 1 already gave those years to another amount.</item>
/// </list>
/// Years that describe something else do not count: years later in the sentence that are not right
/// after the amount (“… die in de uitvoeringsjaren 2021-2023 gerealiseerd worden”), dates
/// (“29 september 2022”), names (“Visie 2050”) and horizons (“tegen 2025”). With no year stated the
/// list is empty — a year is never guessed.
/// </summary>
internal static partial class MoneyYears
{
    private const string YearList =
        @"(?<year>(?:19|20)\d{2})(?![.,]?\d)(?:\s*(?<link>,|en|tot\s+en\s+met|t\.e\.m\.|-|–)\s*(?<year>(?:19|20)\d{2})(?![.,]?\d))*";

    /// <summary>Rule 1: the years right after the expression, and where that phrase ends.</summary>
    public static (IReadOnlyList<int> Years, int End)? RightAfter(string text, AmountClause clause)
    {
        var match = StatedRightAfter().Match(text, clause.End, clause.ClauseEnd - clause.End);
        return match.Success ? (Expand(match), match.Index + match.Length) : null;
    }

    /// <summary>Rules 2 and 3, for an expression that has no years right after it.</summary>
    /// <param name="claimed">Spans whose years rule 1 already gave to other expressions.</param>
    public static IReadOnlyList<int> FromSentence(string text, AmountClause clause, IReadOnlyList<(int Start, int End)> claimed)
    {
        var budgetYearBefore = Matches(BudgetYear(), text, clause.SentenceStart, clause.Offset).LastOrDefault();
        if (budgetYearBefore is not null) return Expand(budgetYearBefore);
        var budgetYearAfter = Matches(BudgetYear(), text, clause.End, clause.ClauseEnd).FirstOrDefault();
        if (budgetYearAfter is not null) return Expand(budgetYearAfter);
        var inOrFor = Matches(InOrForYear(), text, clause.SentenceStart, clause.Offset)
            .LastOrDefault(m => !claimed.Any(c => m.Index < c.End && c.Start < m.Index + m.Length));
        return inOrFor is null ? [] : Expand(inOrFor);
    }

    private static IEnumerable<Match> Matches(Regex pattern, string text, int start, int end)
    {
        for (var match = pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
            yield return match;
    }

    /// <summary>“2021 tot en met 2024” and “2021-2023” are ranges; “2021 en 2022” and “2021, 2022” are lists.</summary>
    private static IReadOnlyList<int> Expand(Match match)
    {
        var stated = match.Groups["year"].Captures.Select(c => int.Parse(c.Value)).ToList();
        var links = match.Groups["link"].Captures.Select(c => c.Value).ToList();
        var years = new SortedSet<int> { stated[0] };
        for (var i = 1; i < stated.Count; i++)
        {
            var isRange = links[i - 1].ToLowerInvariant() is not ("," or "en") && stated[i] > stated[i - 1];
            for (var year = isRange ? stated[i - 1] + 1 : stated[i]; year <= stated[i]; year++) years.Add(year);
        }
        return [.. years];
    }

    [GeneratedRegex(@"\G[\s,]*(?:\p{L}+,?\s+){0,2}?(?:in|voor|over|tijdens)\s+" + YearList, RegexOptions.IgnoreCase)]
    private static partial Regex StatedRightAfter();

    [GeneratedRegex(@"\bbegrotingsja(?:ar|ren)\s+" + YearList, RegexOptions.IgnoreCase)]
    private static partial Regex BudgetYear();

    [GeneratedRegex(@"\b(?:in|voor)\s+" + YearList, RegexOptions.IgnoreCase)]
    private static partial Regex InOrForYear();
}
