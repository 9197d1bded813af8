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
    /// <summary>The names' alternation, longest first, split by the names' opening letters (see <see cref="Opening"/>).</summary>
    private readonly Dictionary<string, Regex> _byOpening = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Regex>.AlternateLookup<ReadOnlySpan<char>> _byOpeningSpan;
    private readonly Dictionary<string, Term> _ignoringCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Term> _exactCase = new(StringComparer.Ordinal);

    public TermMatcher(IEnumerable<Term> terms)
    {
        _byOpeningSpan = _byOpening.GetAlternateLookup<ReadOnlySpan<char>>();
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
            .OrderByDescending(a => a.Form.Length).ThenBy(a => a.Form, StringComparer.Ordinal);
        // One big alternation tried at every position costs microseconds per word; only the names
        // that open with the text's letters can match there, in the same order, so each opening
        // gets its own small alternation. \G: Find tries it only where a name may begin.
        foreach (var group in alternatives.GroupBy(a => Opening(a.Form, 0, a.Form.Length)))
            _byOpening[group.Key] = new Regex(
                @"\G(?:" + string.Join("|", group.Select(a => (a.CaseSensitive ? "(?-i:" : "(?:") + string.Join(@"\s+", a.Form.Split(' ').Select(Regex.Escape)) + ")")) + @")(?![\p{L}\p{N}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    public IReadOnlyList<TermMention> Find(string text, int start = 0, int length = -1)
    {
        if (_ignoringCase.Count + _exactCase.Count == 0) return [];
        var end = length < 0 ? text.Length : start + length;
        var mentions = new List<TermMention>();
        // Leftmost first, as one regex scan would: a name begins only after a non-word character.
        // The opening is looked up as a span: a string for every character of the text was most of the cost.
        Span<char> opening = stackalloc char[2];
        for (var i = start; i < end; i++)
        {
            if (i > start && IsWordCharacter(text[i - 1])) continue;
            var openingLength = text.AsSpan(i, OpeningLength(text, i, end)).ToLowerInvariant(opening);
            if (!_byOpeningSpan.TryGetValue(opening[..openingLength], out var pattern)) continue;
            var match = pattern.Match(text, i, end - i);
            if (!match.Success) continue;
            var form = Normalise(match.Value);
            var term = _exactCase.GetValueOrDefault(form) ?? _ignoringCase.GetValueOrDefault(form);
            if (term is not null) mentions.Add(new TermMention(term, match.Index, match.Length));
            i = match.Index + match.Length - 1;
        }
        return mentions;
    }

    /// <summary>The patterns' <c>[\p{L}\p{N}]</c>.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetter(c) || char.IsNumber(c);

    /// <summary>The first two characters in lower case; only the first where the second is white space (which may fall differently) or missing.</summary>
    private static string Opening(string text, int at, int end) => text.Substring(at, OpeningLength(text, at, end)).ToLowerInvariant();

    private static int OpeningLength(string text, int at, int end) => at + 1 < end && !char.IsWhiteSpace(text[at + 1]) ? 2 : 1;

    // Most matches are spelled with single spaces already; for them the replace only made a copy.
    private static string Normalise(string form) => IsNormal(form) ? form : Regex.Replace(form.Trim(), @"\s+", " ");

    /// <summary>No white space (the regex's <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>) but single spaces between words.</summary>
    private static bool IsNormal(string form)
    {
        for (var i = 0; i < form.Length; i++)
            if (char.IsWhiteSpace(form[i]) && (form[i] != ' ' || i == 0 || i == form.Length - 1 || form[i - 1] == ' ')) return false;
        return true;
    }

    private static bool IsAcronym(string form) => form.Any(char.IsLetter) && !form.Any(char.IsLower);
}
