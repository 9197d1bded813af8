using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Scores every decision against every promise of a clause: the cosine of their Dutch TF-IDF
/// vectors, plus a bonus for each organisation, programme or building block both name that is not
/// named by most decisions anyway. A programme counts as named by a text that names one of its
/// editions or projects: a promise of "het programma Vlaanderen Radicaal Digitaal" is about the
/// decisions on "Vlaanderen Radicaal Digitaal 2". Links scoring at least <see cref="Threshold"/> are kept.
/// Each link also says which way the decision points (<see cref="StanceDetector"/>) and whether its own
/// words carry the promise (<see cref="DirectFrom"/>).
/// </summary>
public sealed class PromiseMatcher(TermMatcher terms, TermList vocabulary)
{
    /// <summary>
    /// Chosen on the hand-judged pairs in PromiseMatcherTests: the lowest value that keeps every
    /// pair judged related and drops every pair judged unrelated.
    /// </summary>
    public const double Threshold = 0.15;

    /// <summary>
    /// A link is direct when the decision names an organisation, programme or building block the
    /// promise names, or when its text alone is at least this similar to the promise; otherwise it
    /// only touches the subject. Chosen on the hand-judged pairs in PromiseMatcherTests, between the
    /// most similar pair judged indirect and the least similar judged direct without a shared name.
    /// </summary>
    public const double DirectFrom = 0.2;

    /// <summary>What a shared, distinctive name adds to the text similarity.</summary>
    public const double SharedTermBonus = 0.1;

    /// <summary>A name that more than this share of decisions use says nothing about any one of them.</summary>
    private const double CommonTermShare = 0.25;

    /// <summary>Every pair of promise and decision, promise by promise, decisions in the order given.</summary>
    /// <remarks>
    /// Decision by decision, so that only one decision's vectors are held at a time: holding all of them
    /// took about a gigabyte for a corpus of 59,000 decisions.
    /// </remarks>
    public IReadOnlyList<PromiseLink> Score(SourceDocument document, IReadOnlyList<PromiseText> promises, IReadOnlyList<DecisionText> decisions)
    {
        var vectors = new TermVectors(decisions.Select(d => d.FullText).Concat(promises.Select(p => p.Text.Quote)));
        var decisionTerms = decisions.ToDictionary(d => d.SourceIndex, d => TermIds(d.FullText));
        var common = decisionTerms.Values.SelectMany(t => t).GroupBy(t => t)
            .Where(g => g.Count() > CommonTermShare * decisions.Count).Select(g => g.Key).ToHashSet();
        var promiseVectors = promises.Select(p => vectors.Vector(p.Text.Quote)).ToList();
        var promiseTerms = promises.Select(p => TermIds(p.Text.Quote)).ToList();
        var stances = new StanceDetector(terms, vocabulary);
        var links = promises.Select(_ => new PromiseLink[decisions.Count]).ToList();
        for (var d = 0; d < decisions.Count; d++)
        {
            var decision = decisions[d];
            var decisionVector = vectors.Vector(decision.FullText);
            var named = decisionTerms[decision.SourceIndex];
            var sentences = Sentences(document, decision).Select(s => (Sentence: s, Vector: vectors.Vector(s.Quote))).ToList();
            for (var p = 0; p < promises.Count; p++)
            {
                var (promise, promiseVector) = (promises[p], promiseVectors[p]);
                var similarity = TermVectors.Cosine(promiseVector, decisionVector);
                // Most pairs share no name; this runs for every pair (hundreds of thousands at scale 1000).
                IReadOnlyList<string> shared = named.Count == 0 || promiseTerms[p].Count == 0 ? []
                    : promiseTerms[p].Intersect(named).Where(t => !common.Contains(t)).Order(StringComparer.Ordinal).ToList();
                var confidence = Math.Min(1.0, similarity + SharedTermBonus * shared.Count);
                links[p][d] = new PromiseLink(promise.Ordinal, decision.SourceIndex, Math.Round(confidence, 3), Math.Round(similarity, 3), shared,
                    sentences.MaxBy(s => TermVectors.Cosine(promiseVector, s.Vector)).Sentence,
                    Math.Round(confidence, 3) >= Threshold ? stances.Detect(document, decision, promise.Text.Quote) : null);
            }
        }
        return links.SelectMany(l => l).ToList();
    }

    private readonly NamedTerms _named = new(terms, vocabulary);

    private HashSet<string> TermIds(string text) => _named.In(text);

    /// <summary>The decision's sentences and its title: a link's evidence is the one most like the promise.</summary>
    private static IEnumerable<GraphApi.Graph.Evidence> Sentences(SourceDocument document, DecisionText decision)
    {
        var body = decision.Body ?? decision.Title;
        return SentenceSplitter.Split(document.Text, body.Offset, body.Quote.Length)
            .Select(s => document.Evidence(s.Offset, s.Length))
            .Append(decision.Title);
    }
}
