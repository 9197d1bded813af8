using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>A decision found to fulfil a promise, how sure, and the decision's sentence that is most like it.</summary>
public sealed record PromiseLink(int Promise, int Decision, double Confidence, double Similarity, IReadOnlyList<string> SharedTerms, Evidence Sentence);
