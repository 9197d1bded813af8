using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>An action of a speerpunt ("We ..."), the <see cref="Ordinal"/>th in its section 2.N.4.</summary>
public sealed record Actiepunt(int Speerpunt, int Ordinal, string Title, string Text, Evidence Heading, IReadOnlyList<Evidence> Body) : IStrategyText;
