namespace GraphApi.Corpus.Readers;

/// <summary>What the Flemish digital strategy lays down: its axes, speerpunten, actiepunten and principles.</summary>
public sealed record DigitalStrategy(
    IReadOnlyList<StrategyAxis> Axes,
    IReadOnlyList<Speerpunt> Speerpunten,
    IReadOnlyList<Actiepunt> Actiepunten,
    IReadOnlyList<StrategyPrinciple> Principles);
