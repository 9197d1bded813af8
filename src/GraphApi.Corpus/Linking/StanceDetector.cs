using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>Which way a decision points for a promise or clause, the rule that said so and the decision's words that show it (none for support).</summary>
public sealed record StanceFinding(string Stance, string Rule, Evidence? Quote)
{
    public static readonly StanceFinding NoContradiction = new(FulfilStance.Supports, StanceDetector.NoContradiction, null);
}

/// <summary>
/// Reads a decision for words that do the opposite of what a promise (or clause) names. The rules,
/// tried in this order on each sentence of the decision's title and text; the first that fires
/// decides, and its sentence words are the quote:
/// <list type="bullet">
/// <item><c>transferAway</c>: tasks, staff or budget move away from an agency the promise names:
/// "taken ... overgedragen van het Facilitair Bedrijf naar het agentschap Informatie Vlaanderen",
/// "overdracht van personeelsleden van het agentschap Facilitair Bedrijf naar ...". A promise that
/// names an agency gives it a role; moving the role's work out of it goes the other way.</item>
/// <item><c>abolishes</c>, <c>postpones</c>, <c>cuts</c>: a sentence that names an organisation,
/// programme or building block the promise also names abolishes it (afgeschaft, opgeheven,
/// stopgezet), postpones it (uitgesteld, opgeschort) or cuts it (geschrapt, besparing, ingeperkt).
/// Only a sentence naming the promise's own subject, or an edition or project of it, counts: a cut
/// elsewhere in the decision says nothing about the promise.</item>
/// </list>
/// When none fires the decision supports what it is linked to (<see cref="NoContradiction"/>).
/// </summary>
public sealed partial class StanceDetector(TermMatcher matcher, TermList vocabulary)
{
    public const string TransferAway = "transferAway";
    public const string Abolishes = "abolishes";
    public const string Postpones = "postpones";
    public const string Cuts = "cuts";
    public const string NoContradiction = "noContradiction";
    /// <summary>An editor's verdict in seeds/links/curated.yaml, with its reason.</summary>
    public const string Curated = "curated";

    public StanceFinding Detect(SourceDocument document, DecisionText decision, string target)
    {
        if (Named(target) is not { } named) return StanceFinding.NoContradiction;
        var (agencies, subjects) = named;
        var sentences = Parts(decision).SelectMany(p => SentenceSplitter.Split(document.Text, p.Offset, p.Quote.Length)).ToList();
        foreach (var (offset, length) in sentences)
            if (Transfer(document, offset, length, agencies) is { } quote) return new StanceFinding(FulfilStance.Contradicts, TransferAway, quote);
        foreach (var (rule, pattern) in SubjectRules)
            foreach (var (offset, length) in sentences)
            {
                if (pattern.IsMatch(document.Text.AsSpan(offset, length)) && _named.In(document.Text, offset, length).Overlaps(subjects))
                    return new StanceFinding(FulfilStance.Contradicts, rule, document.Evidence(offset, length));
            }
        return StanceFinding.NoContradiction;
    }

    private readonly NamedTerms _named = new(matcher, vocabulary);

    // The same few targets (a clause, each promise) are read against tens of thousands of decisions at scale
    // 1000; what they name is found once per target. This makes a detector unsafe to share between threads.
    private readonly Dictionary<string, (HashSet<string> Agencies, HashSet<string> Subjects)?> _targets = new(StringComparer.Ordinal);

    /// <summary>The agencies and all the terms the target names; null when it names none.</summary>
    private (HashSet<string> Agencies, HashSet<string> Subjects)? Named(string target)
    {
        if (_targets.TryGetValue(target, out var known)) return known;
        var named = matcher.Find(target).Select(m => m.Term).DistinctBy(t => t.Id).ToList();
        (HashSet<string>, HashSet<string>)? found = named.Count == 0 ? null :
            (named.Where(t => t.Label == NodeLabel.Agency).Select(t => t.Id).ToHashSet(StringComparer.Ordinal),
             named.Select(t => t.Id).ToHashSet(StringComparer.Ordinal));
        _targets[target] = found;
        return found;
    }

    private static IEnumerable<Evidence> Parts(DecisionText decision) => decision.Body is null ? [decision.Title] : [decision.Title, decision.Body];

    /// <summary>"overgedragen van [het] [agentschap] X naar Y": from the verb to Y's name (or to "naar" when Y is no known name).</summary>
    private Evidence? Transfer(SourceDocument document, int offset, int length, HashSet<string> agencies)
    {
        if (agencies.Count == 0) return null;
        var mentions = matcher.Find(document.Text, offset, length);
        for (var i = 0; i < mentions.Count; i++)
        {
            var from = mentions[i];
            if (!agencies.Contains(from.Term.Id)) continue;
            var verb = TransferFrom().Match(document.Text[offset..from.Offset]);
            var to = Towards().Match(document.Text, from.Offset + from.Length, offset + length - from.Offset - from.Length);
            if (!verb.Success || !to.Success) continue;
            var end = i + 1 < mentions.Count && mentions[i + 1].Offset <= to.Index + to.Length + Destination ? mentions[i + 1].Offset + mentions[i + 1].Length : to.Index + to.Length;
            return document.Evidence(offset + verb.Index, end - offset - verb.Index);
        }
        return null;
    }

    /// <summary>How far after "naar" the receiving agency's name may start ("naar het agentschap ").</summary>
    private const int Destination = 20;

    private static readonly (string Rule, Regex Pattern)[] SubjectRules =
    [
        (Abolishes, AbolishWords()),
        (Postpones, PostponeWords()),
        (Cuts, CutWords()),
    ];

    [GeneratedRegex(@"\b(?:overgedragen|overdracht|overgeheveld|overheveling)\b[^.;:]{0,80}?\bvan\s+(?:(?:het|de)\s+)?(?:agentschap\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TransferFrom();

    [GeneratedRegex(@"\G\s+naar\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Towards();

    [GeneratedRegex(@"\b(?:afgeschaft|afschaffing|opgeheven|opheffing|stopgezet|stopzetting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbolishWords();

    [GeneratedRegex(@"\b(?:uitgesteld|uitstel|opgeschort|opschorting)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostponeWords();

    [GeneratedRegex(@"\b(?:geschrapt|schrapt|schrapping|besparing\w*|bespaard|bespaart|ingeperkt|teruggeschroefd)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CutWords();
}
