namespace GraphApi.Corpus.Vocabulary;

/// <summary>
/// One curated name: an organisation, programme (or project of one) or building block, with the
/// surface forms the documents use for it. Becomes a node with <see cref="Id"/>.
/// </summary>
public sealed record Term(
    string Id,
    string Label,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Type = null,
    string? Code = null,
    string? Parent = null);
