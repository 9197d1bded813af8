using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>An <c>[n]</c> in an evaluation: the number cited and the sentence that cites it.</summary>
public sealed record Citation(int Number, Evidence Marker, Evidence Sentence);
