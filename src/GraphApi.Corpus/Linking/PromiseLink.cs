using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// A decision found to fulfil a promise, how sure, the decision's sentence that is most like it, how
/// directly the decision's words carry the promise (<see cref="FulfilStrength"/>) and which way it
/// points; the stance is read only for a link that reaches <see cref="PromiseMatcher.Threshold"/>,
/// the others being no link at all.
/// </summary>
public sealed record PromiseLink(int Promise, int Decision, double Confidence, double Similarity, IReadOnlyList<string> SharedTerms, Evidence Sentence, StanceFinding? Stance)
{
    public string Strength => SharedTerms.Count > 0 || Similarity >= PromiseMatcher.DirectFrom ? FulfilStrength.Direct : FulfilStrength.Indirect;
}
