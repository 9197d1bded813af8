using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>One organisation as listed under "Entiteiten betrokken bij dit initiatief".</summary>
public sealed record InvolvedEntity(string Name, Evidence Source);
