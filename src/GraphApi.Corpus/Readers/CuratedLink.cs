namespace GraphApi.Corpus.Readers;

/// <summary>An editor's verdict on one FULFILLS link, from <c>seeds/links/curated.yaml</c>.</summary>
/// <param name="Add">True to add the link, false to reject it.</param>
/// <param name="Quote">Words of the decision that justify an added link; they become its evidence, and show its stance when one is given.</param>
/// <param name="Stance">The editor's stance (supports or contradicts), which wins over the one detected in the decision's text; null to detect it.</param>
/// <param name="Reason">Why the decision points that way; required with a stance.</param>
public sealed record CuratedLink(int Line, string Decision, string Target, bool Add, string? Quote, string? Note, string? Stance = null, string? Reason = null);
