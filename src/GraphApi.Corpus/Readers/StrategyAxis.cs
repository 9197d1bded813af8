using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>One of the four axes (assen) the strategy builds on, e.g. "burger".</summary>
public sealed record StrategyAxis(string Name, Evidence Evidence);
