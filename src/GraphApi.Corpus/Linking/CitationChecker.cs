using System.Globalization;
using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Checks every <c>[n]</c> of an evaluation against decision n, as a careful reader who opens the
/// decision would. The claim of a citation is what the sentence says since the previous group of
/// markers ("Ook is er ingezet op cybersecurity [24]"); a claim of fewer than
/// <see cref="MinimumClaimTerms"/> Dutch terms, such as "2022" in "de uitvoeringsjaren 2021 [0], 2022 [1]",
/// is an item of a list and also takes the last <see cref="BorrowedWords"/> words before it, which say
/// what the list is of, but not the other items ("2021", cited with [0]).
/// <para>
/// The decision is read whole: the stems of its title and text (a hyphenated word also as its parts:
/// "e-inclusie" is about "inclusie"), and the names of the programmes, projects and agencies it names
/// or whose project code it carries, with the programmes they are part of: decision 53 carries VV133,
/// "Digitale transformatie en innovatie Vlaamse Media", so it is about the media. A name the claim
/// uses ("VRD2") is found when the decision names the same programme in any of its forms.
/// </para>
/// <para>
/// The overlap is the share of the claim's distinctive terms, weighted by their IDF over all
/// decisions, that the decision holds. Dutch function words the analyzer's stop list lacks
/// ("zoals", "binnen", "diverse", "daarnaast": <see cref="FunctionWords"/>) say nothing a decision
/// could bear out and are left out. A word no decision uses and that is no compound of decision
/// words ("bijzondere", "consequent", "nagestreefd") is the evaluation's own phrasing: no decision
/// could bear it out, so it is left out of the weight. A compound counts as found when the decision
/// has its head (last part, as "zorg" in "gezondheidszorg") or its first part of at least
/// <see cref="MinimumPartLength"/> letters, and a claim word is found in a decision's compound with
/// that head ("oplossingen" in "digitaliseringsoplossingen").
/// </para>
/// </summary>
public sealed partial class CitationChecker
{
    /// <summary>
    /// From this overlap on a citation is <see cref="CitationSupport.Supported"/>; chosen on the judged
    /// citations in CitationCheckerTests, as is <see cref="WeakFrom"/>.
    /// </summary>
    public const double SupportedFrom = 0.46;

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

    /// <summary>The shortest first part of a compound that counts: shorter stems ("data", "plan") start too many unrelated words.</summary>
    public const int MinimumPartLength = 6;

    /// <summary>The shortest head (last part) of a compound that counts: "zorg" in "gezondheidszorg".</summary>
    public const int MinimumHeadLength = 4;

    private readonly Dictionary<int, HashSet<string>> _decisionTerms;
    private readonly Dictionary<int, HashSet<string>> _decisionNames;
    /// <summary>
    /// Closed-class Dutch words (prepositions, conjunctions, quantifiers, linking adverbs) that the
    /// Snowball stop list of the Dutch analyzer does not hold. They frame a claim ("zoals de media",
    /// "binnen diverse sectoren"); they are not what it claims.
    /// </summary>
    public static readonly IReadOnlyList<string> FunctionWords =
    [
        "aldus", "alle", "andere", "beide", "binnen", "buiten", "daarbij", "daarin", "daarmee", "daarnaast", "daarom", "diverse",
        "echter", "enkele", "evenals", "eveneens", "hierbij", "hiermee", "hierdoor", "meerdere", "namelijk", "onder", "sommige",
        "ter", "tijdens", "tussen", "verder", "verdere", "verschillende", "via", "vooral", "waarbij", "waardoor", "zoals", "zowel",
    ];

    private static readonly HashSet<string> FunctionTerms = FunctionWords.SelectMany(DutchText.Terms).ToHashSet(StringComparer.Ordinal);

    private readonly HashSet<string> _decisionWords;
    private readonly Dictionary<string, double> _idf;
    private readonly double _rarest;
    private readonly TermMatcher _matcher;

    public CitationChecker(IReadOnlyList<DecisionText> decisions, TermMatcher matcher, TermList vocabulary)
    {
        _matcher = matcher;
        var named = new NamedTerms(matcher, vocabulary);
        _decisionNames = decisions.ToDictionary(d => d.SourceIndex, d =>
        {
            var ids = named.In(d.FullText);
            foreach (var code in ProjectCodeExtractor.Find(d.FullText))
                if (vocabulary.ByCode(code.Code) is { } project)
                    ids.UnionWith(named.In(project.Name));
            return ids;
        });
        _decisionTerms = decisions.ToDictionary(d => d.SourceIndex, d =>
        {
            var names = vocabulary.Terms.Where(t => _decisionNames[d.SourceIndex].Contains(t.Id)).SelectMany(t => t.Aliases.Prepend(t.Name));
            return DutchText.Terms(d.FullText).Concat(DutchText.Terms(d.FullText.Replace('-', ' ')))
                .Concat(names.SelectMany(DutchText.Terms)).ToHashSet(StringComparer.Ordinal);
        });
        _decisionWords = _decisionTerms.Values.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);
        var count = decisions.Count;
        _idf = _decisionTerms.Values.SelectMany(t => t).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Math.Log((1.0 + count) / (1.0 + g.Count())) + 1.0, StringComparer.Ordinal);
        _rarest = _idf.Values.DefaultIfEmpty().Max();
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
        var text = OwnWords(claim.Quote);
        var named = NamedWords(text, _decisionNames[citation.Number]);
        var words = Terms(text).Where(w => !FunctionTerms.Contains(w.Key)).ToDictionary();
        var phrasing = words.Where(w => !named.Contains(w.Key) && !IsDecisionWord(w.Key)).ToList();
        var distinctive = words.Except(phrasing).ToList();
        var found = distinctive.Where(w => named.Contains(w.Key) || Contains(decision, w.Key)).ToList();
        var missing = distinctive.Except(found).ToList();
        var weight = distinctive.Sum(w => Idf(w.Key));
        var overlap = weight == 0 ? 0 : Math.Round(found.Sum(w => Idf(w.Key)) / weight, 3);
        var support = overlap >= SupportedFrom ? CitationSupport.Supported : overlap >= WeakFrom ? CitationSupport.Weak : CitationSupport.Unsupported;
        var reason = $"{overlap.ToString("P0", CultureInfo.InvariantCulture)} of the claim's weight is in decision {citation.Number}'s text; " +
                     $"found: {List(found)}; missing: {List(missing)}" + (phrasing.Count == 0 ? "" : $"; no decision's words: {List(phrasing)}");
        return new CitationCheck(citation, claim, support, overlap, reason);
    }

    /// <summary>The claim without the markers and the list items they cite ("2021 [0]," in "de uitvoeringsjaren 2021 [0], 2022"): those are other claims.</summary>
    private static string OwnWords(string claim) => Marker().Replace(ItemBeforeMarkers().Replace(claim, m => new string(' ', m.Length)), " ");

    /// <summary>The terms of the claim's names (programmes, projects, agencies) that the decision names too, in any of their forms.</summary>
    private HashSet<string> NamedWords(string text, HashSet<string> decisionNames) =>
        _matcher.Find(text).Where(m => decisionNames.Contains(m.Term.Id))
            .SelectMany(m => DutchText.Terms(text.Substring(m.Offset, m.Length))).ToHashSet(StringComparer.Ordinal);

    /// <summary>A term some decision uses, or a compound of such terms.</summary>
    private bool IsDecisionWord(string term) => _decisionWords.Contains(term) || CompoundParts.AnyIn(_decisionWords, term);

    /// <summary>The decision has the term, a part of it, or a compound with it as head (when it is long enough to be a first part).</summary>
    private static bool Contains(HashSet<string> decision, string term) =>
        decision.Contains(term) || CompoundParts.AnyIn(decision, term) ||
        (term.Length >= MinimumPartLength && decision.Any(other => other.Length >= term.Length + MinimumHeadLength && other.EndsWith(term, StringComparison.Ordinal)));

    /// <summary>A compound no decision has weighs as its heaviest part; a name no decision has, as the rarest decision word.</summary>
    private double Idf(string term)
    {
        if (_idf.TryGetValue(term, out var idf)) return idf;
        var heaviest = double.NegativeInfinity;
        var parts = _idf.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var part in CompoundParts.Of(term))
            if (parts.TryGetValue(term.AsSpan()[part], out var weight)) heaviest = Math.Max(heaviest, weight);
        return double.IsNegativeInfinity(heaviest) ? _rarest : heaviest;
    }

    /// <summary>The words as the claim spells them, heaviest first.</summary>
    private string List(IEnumerable<KeyValuePair<string, string>> words)
    {
        var spelled = words.OrderByDescending(w => IsDecisionWord(w.Key) ? Idf(w.Key) : 0).ThenBy(w => w.Value, StringComparer.Ordinal).Select(w => w.Value).Distinct().ToList();
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

    [GeneratedRegex(@"[\p{L}\p{N}]+[\s,;:]*(?=(?:\\?\[\d+\\?\])+)")]
    private static partial Regex ItemBeforeMarkers();

    [GeneratedRegex(@"(?:\\?\[\d+\\?\])+")]
    private static partial Regex MarkerGroup();

    [GeneratedRegex(@"\\?\[(?<n>\d+)\\?\]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
