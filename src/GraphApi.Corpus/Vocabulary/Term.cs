namespace GraphApi.Corpus.Vocabulary;

/// <summary>
/// One curated name: an organisation, programme (or project of one) or building block, with the
/// surface forms the documents use for it. Becomes a node with <see cref="Id"/>. An organisation has a
/// <see cref="Kind"/> (<see cref="OrganisationKind"/>), derived from its type.
/// </summary>
public sealed record Term(
    string Id,
    string Label,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Type = null,
    string? Code = null,
    string? Parent = null,
    string? Kind = null);
