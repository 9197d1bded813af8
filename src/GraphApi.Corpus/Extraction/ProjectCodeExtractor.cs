using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Finds the project codes of the recovery plan Vlaamse Veerkracht in their written forms
/// ("VV072", "VV50", "dossier 57", "dossiers 72 en 129", "project 63") and writes each as VV + three digits.
/// </summary>
public static partial class ProjectCodeExtractor
{
    public sealed record ProjectCode(string Code, int Offset, int Length);

    public static IReadOnlyList<ProjectCode> Find(string text, int start = 0, int length = -1)
    {
        var end = length < 0 ? text.Length : start + length;
        var codes = new List<ProjectCode>();
        for (var match = Code().Match(text, start, end - start); match.Success; match = match.NextMatch())
            foreach (Capture number in match.Groups["n"].Captures)
                codes.Add(new ProjectCode($"VV{int.Parse(number.Value):000}", match.Index, match.Length));
        return codes;
    }

    // "project 15 'Digitale versnelling onderwijs'" names a project by number, but "voor dit project
    // 1,6 miljoen euro" names an amount.
    [GeneratedRegex(@"\bVV(?<n>\d{2,3})\b|\bdossiers?\s+(?<n>\d{1,3})(?:\s+en\s+(?<n>\d{1,3}))*\b|\bproject\s+(?<n>\d{1,3})\b(?![.,]\d|\s*(?:%|euro|miljoen))")]
    private static partial Regex Code();
}
