using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Scores every promise of the 2019-2024 clause against every objective and indicator of the
/// 2024-2029 policy note, as <see cref="PromiseMatcher"/> scores promises against decisions: the
/// text similarity over promises, objectives and indicators together, plus a bonus for each
/// programme or building block both name that most objectives do not name anyway. The similarity
/// is the mean of the cosine with the whole target and with its sentence most like the promise: an
/// objective's long text dilutes the one sentence that carries the promise on ("Ik voorzie een
/// overheidsbreed investeringsprogramma (Vlaanderen Radicaal Digitaal III)"). Pairs scoring at least <see cref="Threshold"/> are continuations.
/// </summary>
public sealed class ContinuityMatcher(NamedTerms named)
{
    /// <summary>
    /// Chosen on the hand-judged pairs in ContinuityMatcherTests: it keeps every pair judged a
    /// continuation and drops every pair judged unrelated, with room on both sides.
    /// </summary>
    public const double Threshold = 0.22;

    /// <summary>
    /// What a shared, distinctive name adds to the text similarity: twice what it adds between a promise
    /// and a decision, as the next term names the same work by its building block or programme
    /// (MAGDA, Mijn Burgerprofiel, Vlaanderen Radicaal Digitaal) in otherwise new words.
    /// </summary>
    public const double SharedTermBonus = 0.2;

    /// <summary>A name that more than this share of objectives and indicators use says nothing about any one of them.</summary>
    private const double CommonTermShare = 0.25;

    private sealed record Target(string Id, string Text, IReadOnlyList<Evidence> Sentences);

    public IReadOnlyList<Continuation> Score(IReadOnlyList<PromiseText> promises, PolicyNote note, SourceDocument noteDocument)
    {
        var targets = note.Objectives.Select(o => Objective(o, noteDocument)).Concat(note.Indicators.Select(i => Indicator(i, noteDocument))).ToList();
        var vectors = new TermVectors(targets.Select(t => t.Text).Concat(promises.Select(p => p.Text.Quote)));
        var targetTerms = targets.ToDictionary(t => t.Id, t => Built(t.Text));
        var common = targetTerms.Values.SelectMany(t => t).GroupBy(t => t)
            .Where(g => g.Count() > CommonTermShare * targets.Count).Select(g => g.Key).ToHashSet();
        var targetVectors = targets.ToDictionary(t => t.Id, t => vectors.Vector(t.Text));
        var sentenceVectors = targets.ToDictionary(t => t.Id, t => t.Sentences.Select(s => (Sentence: s, Vector: vectors.Vector(s.Quote))).ToList());
        var continuations = new List<Continuation>();
        foreach (var promise in promises)
        {
            var promiseVector = vectors.Vector(promise.Text.Quote);
            var promiseTerms = Built(promise.Text.Quote);
            foreach (var target in targets)
            {
                var best = sentenceVectors[target.Id].MaxBy(s => TermVectors.Cosine(promiseVector, s.Vector));
                var similarity = (TermVectors.Cosine(promiseVector, targetVectors[target.Id]) + TermVectors.Cosine(promiseVector, best.Vector)) / 2;
                var shared = promiseTerms.Intersect(targetTerms[target.Id]).Where(t => !common.Contains(t)).Order(StringComparer.Ordinal).ToList();
                var confidence = Math.Min(1.0, similarity + SharedTermBonus * shared.Count);
                // The quote shows the shared name where a sentence has it, so that the reader sees why.
                var quote = sentenceVectors[target.Id].Where(s => shared.Count > 0 && Built(s.Sentence.Quote).Overlaps(shared))
                    .DefaultIfEmpty(best).MaxBy(s => TermVectors.Cosine(promiseVector, s.Vector)).Sentence;
                continuations.Add(new Continuation(promise.Ordinal, target.Id, Math.Round(confidence, 3), Math.Round(similarity, 3), shared, promise.Text, quote));
            }
        }
        return continuations;
    }

    /// <summary>
    /// The programmes and building blocks a text names. Organisations are left out: each objective of a
    /// policy field names the agency that holds the field, which says who, not what is carried on.
    /// </summary>
    private HashSet<string> Built(string text) => named.In(text).Where(id => !id.StartsWith("agency:", StringComparison.Ordinal)).ToHashSet();

    private static Target Objective(PolicyObjective objective, SourceDocument document) =>
        new(PolicyNoteGraph.ObjectiveId(objective.Field, objective.Number), objective.Title + "\n" + objective.Text,
            Sentences(document, objective.Body).Prepend(objective.TitleSource).ToList());

    private static Target Indicator(PolicyIndicator indicator, SourceDocument document) =>
        new(PolicyNoteGraph.IndicatorId(indicator), string.Join("\n", new[] { indicator.Name, indicator.Definition, indicator.Relevance }.OfType<string>()),
            indicator.Rows.SelectMany(r => Sentences(document, r.Source)).ToList());

    private static IEnumerable<Evidence> Sentences(SourceDocument document, Evidence? span) =>
        span is null ? [] : SentenceSplitter.Split(document.Text, span.Offset, span.Quote.Length).Select(s => document.Evidence(s.Offset, s.Length));
}
