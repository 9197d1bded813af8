namespace GraphApi.Corpus.Readers;

/// <summary>Document 001: the evaluation as published, with its citations renumbered to its references.</summary>
public sealed record PublishedEvaluation(IReadOnlyList<Citation> Citations, IReadOnlyList<Reference> References);
