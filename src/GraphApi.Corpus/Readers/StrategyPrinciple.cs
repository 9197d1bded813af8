using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>One of the principles of section 2.9.1 that the Flemish government commits to.</summary>
public sealed record StrategyPrinciple(int Number, string Title, string Text, Evidence Heading, IReadOnlyList<Evidence> Body) : IStrategyText;
