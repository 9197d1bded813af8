using GraphApi.Graph;

namespace GraphApi.Stores;

/// <summary>A connection between two nodes: n nodes, from first to last, and the n - 1 relationships between them.</summary>
public sealed record GraphPath(IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships);
