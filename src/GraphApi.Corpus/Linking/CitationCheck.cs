using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// One <c>[n]</c> of an evaluation checked against decision n: the words it backs (the claim), a
/// <see cref="CitationSupport"/> value, the share of the claim's weight the decision's text holds, and
/// the reason in words (what was found, what is missing, or that there is no decision n).
/// </summary>
public sealed record CitationCheck(Citation Citation, Evidence Claim, string Support, double Overlap, string Reason);
