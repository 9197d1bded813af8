using GraphApi.Graph;
using GraphApi.Stores;

namespace GraphApi.Schema.Types;

/// <summary>A relationship seen from one of its nodes.</summary>
public sealed record Link(Relationship Relationship, Direction Direction, Node Node);
