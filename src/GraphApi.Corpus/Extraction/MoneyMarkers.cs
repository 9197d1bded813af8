using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// The words around a money expression that change what it means, read from its own clause so that
/// one amount's “maximaal” or “jaarlijks” is not lent to the next one.
/// </summary>
internal static partial class MoneyMarkers
{
    /// <summary>
    /// Paid every year: “jaarlijks een projectsubsidie van 111.000 euro”, “twee maal 1,72 miljoen euro
    /// voor 2021 en 2022”, “… euro per jaar”, and “een recurrent exploitatiebudget van 2 miljoen euro”
    /// (in Flemish budgets a recurrent credit is one that returns each year).
    /// </summary>
    public static bool IsAnnual(string before, string after) =>
        AnnualWord().IsMatch(before) || TimesBefore().IsMatch(before) || AnnualAfter().IsMatch(after);

    /// <summary>An upper limit rather than an amount spent: “maximaal 5 miljoen euro”, “een maximum van 50.000 euro”, “max. 50.000 euro”.</summary>
    public static bool IsCap(string before) => CapBefore().IsMatch(before);

    /// <summary>Described as a total: “in totaal 15 miljoen euro”, “een totaal budget van”, “een totaalbudget van”.</summary>
    public static bool IsTotal(string before, string after) => TotalWord().IsMatch(before) || TotalAfter().IsMatch(after);

    /// <summary>What the amount is given per, “50.000 euro per project” -> project; “per jaar” is annual, not a unit.</summary>
    public static string? PerUnit(string after)
    {
        var match = PerUnitAfter().Match(after);
        return match.Success ? match.Groups["unit"].Value : null;
    }

    [GeneratedRegex(@"\b(?:jaarlijkse?|recurrente?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnnualWord();

    [GeneratedRegex(@"\b(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)\s*(?:maal|keer)\s*\z", RegexOptions.IgnoreCase)]
    private static partial Regex TimesBefore();

    [GeneratedRegex(@"\A\s*(?:per\s+jaar|jaarlijks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AnnualAfter();

    [GeneratedRegex(@"(?:\bmaximaal|\bmax\.|\bmaximum(?:\s+van)?|\bten\s+hoogste)\s*\z", RegexOptions.IgnoreCase)]
    private static partial Regex CapBefore();

    [GeneratedRegex(@"\b(?:in\s+totaal|totaal\s*budget|totaalbedrag)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalWord();

    [GeneratedRegex(@"\A\s*in\s+totaal\b", RegexOptions.IgnoreCase)]
    private static partial Regex TotalAfter();

    [GeneratedRegex(@"\A\s*per\s+(?!jaar\b)(?<unit>\p{L}[\p{L}-]*)", RegexOptions.IgnoreCase)]
    private static partial Regex PerUnitAfter();
}
