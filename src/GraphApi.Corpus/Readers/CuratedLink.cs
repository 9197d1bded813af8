namespace GraphApi.Corpus.Readers;

/// <summary>An editor's verdict on one FULFILLS link, from <c>seeds/links/curated.yaml</c>.</summary>
/// <param name="Add">True to add the link, false to reject it.</param>
/// <param name="Quote">Words of the decision that justify an added link; they become its evidence.</param>
public sealed record CuratedLink(int Line, string Decision, string Target, bool Add, string? Quote, string? Note);
