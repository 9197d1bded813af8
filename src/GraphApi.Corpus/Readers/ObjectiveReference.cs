using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>A place where an indicator's text names an objective of its own field ("SD 1: ...", "OD 1.2").</summary>
public sealed record ObjectiveReference(string Number, Evidence Source);
