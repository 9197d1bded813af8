using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>One row of an indicator table: its label, the value as plain text, and the raw row (with any continuation lines).</summary>
public sealed record IndicatorRow(string Label, string Value, Evidence Source);
