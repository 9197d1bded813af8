using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>One of the nine speerpunten, as listed in section 1.2, with the description under it.</summary>
public sealed record Speerpunt(int Number, string Title, string Text, Evidence Heading, IReadOnlyList<Evidence> Body) : IStrategyText;
