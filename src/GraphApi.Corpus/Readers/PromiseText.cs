using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>One commitment inside a clause, numbered from 1 in the order of the clause.</summary>
public sealed record PromiseText(int Ordinal, Evidence Text);
