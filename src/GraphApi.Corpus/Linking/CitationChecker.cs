using System.Globalization;
using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Checks every <c>[n]</c> of an evaluation against decision n's own title and text. The claim of a
/// citation is what the sentence says since the previous group of markers ("Ook is er ingezet op
/// cybersecurity [24]"); a claim of fewer than <see cref="MinimumClaimTerms"/> Dutch terms, such as
/// "2022" in "de uitvoeringsjaren 2021 [0], 2022 [1]", is an item of a list and also takes the last
/// <see cref="BorrowedWords"/> words before it, which say what the list is of. The overlap is the share of the claim's terms, weighted by their IDF over all
/// decisions, that the decision's text contains: words every decision uses ("Vlaamse", "regering")
/// weigh little. A word no decision uses is the evaluation's own phrasing ("blijkt", "bijzondere")
/// as often as a subject no decision names, so it weighs as much as a typical decision word. A
/// compound counts as found when the decision has its first or last part ("gezondheidszorg" in a
/// text on "Zorg en Gezondheid", "inburgeringsprogramma" in one on "inburgering").
/// </summary>
public sealed partial class CitationChecker
{
    /// <summary>
    /// From this overlap on a citation is <see cref="CitationSupport.Supported"/>; chosen on the judged
    /// citations in CitationCheckerTests, as is <see cref="WeakFrom"/>.
    /// </summary>
    public const double SupportedFrom = 0.5;

    /// <summary>From this overlap on, below <see cref="SupportedFrom"/>, a citation is <see cref="CitationSupport.Weak"/>.</summary>
    public const double WeakFrom = 0.3;

    /// <summary>A claim with fewer terms than this is a list item that continues the claim before it.</summary>
    public const int MinimumClaimTerms = 2;

    /// <summary>
    /// How many words a list item takes from before it: enough for "programma-invullingen voor VRD2
    /// voor de uitvoeringsjaren", few enough to leave out the sentence's framing ("Uit opeenvolgende
    /// beslissingen blijkt dat ...").
    /// </summary>
    public const int BorrowedWords = 6;

    /// <summary>The shortest part of a compound that counts: shorter stems ("data", "plan") start too many unrelated words.</summary>
    private const int MinimumPartLength = 6;

    private readonly Dictionary<int, HashSet<string>> _decisionTerms;
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseenIdf;

    public CitationChecker(IReadOnlyList<DecisionText> decisions)
    {
        _decisionTerms = decisions.ToDictionary(d => d.SourceIndex, d => DutchText.Terms(d.FullText).ToHashSet(StringComparer.Ordinal));
        var count = decisions.Count;
        _idf = _decisionTerms.Values.SelectMany(t => t).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log((1.0 + count) / (1.0 + g.Count())) + 1.0, StringComparer.Ordinal);
        _unseenIdf = _decisionTerms.Values.SelectMany(t => t).Average(t => _idf[t]);
    }

    public IReadOnlyList<CitationCheck> Check(SourceDocument document, IReadOnlyList<Citation> citations)
    {
        var claims = new Dictionary<int, Evidence>();
        foreach (var sentence in citations.Select(c => c.Sentence).DistinctBy(s => s.Offset))
            foreach (var (markerOffset, claim) in Claims(document, sentence))
                claims[markerOffset] = claim;
        return citations.Select(c => Check(c, claims[c.Marker.Offset])).ToList();
    }

    /// <summary>Each marker of the sentence with the claim of its group of markers.</summary>
    private static IEnumerable<(int MarkerOffset, Evidence Claim)> Claims(SourceDocument document, Evidence sentence)
    {
        var fragmentStart = sentence.Offset;
        foreach (Match group in MarkerGroup().Matches(sentence.Quote))
        {
            var groupStart = sentence.Offset + group.Index;
            var fragment = document.Text[fragmentStart..groupStart];
            var claimStart = Terms(fragment).Count < MinimumClaimTerms ? BorrowStart(document, sentence.Offset, fragmentStart) : fragmentStart;
            // ", en 2023 [2]": the claim starts at its first word, not at the list's punctuation.
            while (claimStart < groupStart && (char.IsWhiteSpace(document.Text[claimStart]) || document.Text[claimStart] is ',' or ';' or ':')) claimStart++;
            var claim = document.TrimmedEvidence(claimStart, groupStart - claimStart);
            foreach (Match marker in Marker().Matches(group.Value))
                yield return (groupStart + marker.Index, claim);
            fragmentStart = groupStart + group.Length;
        }
    }

    /// <summary>Where the last <see cref="BorrowedWords"/> words of the sentence before a list item start.</summary>
    private static int BorrowStart(SourceDocument document, int sentenceStart, int itemStart)
    {
        var before = document.Text[sentenceStart..itemStart];
        var words = Word().Matches(Marker().Replace(before, m => new string(' ', m.Length)));
        return words.Count == 0 ? itemStart : sentenceStart + words[Math.Max(0, words.Count - BorrowedWords)].Index;
    }

    private CitationCheck Check(Citation citation, Evidence claim)
    {
        if (!_decisionTerms.TryGetValue(citation.Number, out var decision))
            return new CitationCheck(citation, claim, CitationSupport.Unsupported, 0,
                $"the evaluation cites [{citation.Number}], but the decisions it evaluates have no number {citation.Number}");
        var words = Terms(claim.Quote);
        var weight = words.Keys.Sum(Idf);
        var found = words.Where(w => Contains(decision, w.Key)).ToList();
        var missing = words.Where(w => !Contains(decision, w.Key)).ToList();
        var overlap = weight == 0 ? 0 : Math.Round(found.Sum(w => Idf(w.Key)) / weight, 3);
        var support = overlap >= SupportedFrom ? CitationSupport.Supported : overlap >= WeakFrom ? CitationSupport.Weak : CitationSupport.Unsupported;
        var reason = $"{overlap.ToString("P0", CultureInfo.InvariantCulture)} of the claim's weight is in decision {citation.Number}'s text; " +
                     $"found: {List(found)}; missing: {List(missing)}";
        return new CitationCheck(citation, claim, support, overlap, reason);
    }

    private static bool Contains(HashSet<string> decision, string term) =>
        decision.Contains(term) || (term.Length >= 2 * MinimumPartLength &&
            decision.Any(part => part.Length >= MinimumPartLength && (term.StartsWith(part, StringComparison.Ordinal) || term.EndsWith(part, StringComparison.Ordinal))));

    private double Idf(string term) => _idf.GetValueOrDefault(term, _unseenIdf);

    /// <summary>The words as the claim spells them, heaviest first.</summary>
    private string List(IEnumerable<KeyValuePair<string, string>> words)
    {
        var spelled = words.OrderByDescending(w => Idf(w.Key)).ThenBy(w => w.Value, StringComparer.Ordinal).Select(w => w.Value).Distinct().ToList();
        return spelled.Count == 0 ? "nothing" : string.Join(", ", spelled);
    }

    /// <summary>The claim's Dutch terms (stems), each with the first word that gave it; markers left out.</summary>
    private static Dictionary<string, string> Terms(string text)
    {
        var terms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match word in Word().Matches(Marker().Replace(text, " ")))
            foreach (var term in DutchText.Terms(word.Value))
                terms.TryAdd(term, word.Value);
        return terms;
    }

    [GeneratedRegex(@"(?:\\?\[\d+\\?\])+")]
    private static partial Regex MarkerGroup();

    [GeneratedRegex(@"\\?\[(?<n>\d+)\\?\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
