using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// A policy-note objective or indicator scored as carrying a promise of the previous agreement on:
/// how sure, the text similarity, the organisations, programmes and building blocks both name, and
/// the sentence on either side that is most like the other.
/// </summary>
public sealed record Continuation(int Promise, string Target, double Confidence, double Similarity, IReadOnlyList<string> SharedTerms,
    Evidence PromiseText, Evidence TargetSentence);
