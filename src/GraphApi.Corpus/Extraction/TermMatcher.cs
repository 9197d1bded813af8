using System.Text.RegularExpressions;
using GraphApi.Corpus.Vocabulary;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Finds vocabulary terms in text by their name or any alias. Matching ignores case (except for
/// all-capital acronyms such as MAGDA or KRAB, which are words too in lower case), a leading Dutch
/// article ("Het Facilitair Bedrijf" = "het Facilitair Bedrijf" = "Facilitair Bedrijf"), and how
/// white space and line breaks fall. Where names overlap the longest wins.
/// </summary>
public sealed class TermMatcher
{
    private readonly Regex _pattern;
    private readonly Dictionary<string, Term> _ignoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Term> _exactCase = new(StringComparer.Ordinal);

    public TermMatcher(IEnumerable<Term> terms)
    {
        foreach (var term in terms)
        foreach (var form in term.Aliases.Prepend(term.Name).Select(TermList.WithoutArticle).Select(Normalise).Distinct())
        {
            var table = IsAcronym(form) ? _exactCase : _ignoringCase;
            if (table.TryGetValue(form, out var other) && other.Id != term.Id)
                throw new ArgumentException($"'{form}' names both {other.Id} and {term.Id}.");
            table[form] = term;
        }
        var alternatives = _ignoringCase.Keys.Select(f => (Form: f, CaseSensitive: false))
            .Concat(_exactCase.Keys.Select(f => (Form: f, CaseSensitive: true)))
            .OrderByDescending(a => a.Form.Length).ThenBy(a => a.Form, StringComparer.Ordinal)
            .Select(a => (a.CaseSensitive ? "(?-i:" : "(?:") + string.Join(@"\s+", a.Form.Split(' ').Select(Regex.Escape)) + ")");
        _pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", alternatives) + @")(?![\p{L}\p{N}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public IReadOnlyList<TermMention> Find(string text, int start = 0, int length = -1)
    {
        if (_ignoringCase.Count + _exactCase.Count == 0) return [];
        var end = length < 0 ? text.Length : start + length;
        var mentions = new List<TermMention>();
        for (var match = _pattern.Match(text, start, end - start); match.Success; match = match.NextMatch())
        {
            var form = Normalise(match.Value);
            var term = _exactCase.GetValueOrDefault(form) ?? _ignoringCase.GetValueOrDefault(form);
            if (term is not null) mentions.Add(new TermMention(term, match.Index, match.Length));
        }
        return mentions;
    }

    private static string Normalise(string form) => Regex.Replace(form.Trim(), @"\s+", " ");

    private static bool IsAcronym(string form) => form.Any(char.IsLetter) && !form.Any(char.IsLower);
}
