using GraphApi.Graph;

namespace GraphApi.Stores;

/// <summary>A relationship and the node at its other end, seen from the node it was asked for.</summary>
public sealed record Edge(Relationship Relationship, Node Other);
