using GraphApi.Stores.Filters;

namespace GraphApi.Stores;

/// <summary>
/// Relationships of <see cref="Type"/> followed in <see cref="Direction"/>, keeping those whose other
/// node has <see cref="OtherLabel"/> (any label when null) and matches <see cref="Where"/>, and whose
/// own properties match <see cref="RelationshipWhere"/>. Edges come sorted by the other node's id.
/// </summary>
public sealed record EdgeQuery(string Type, Direction Direction, string? OtherLabel = null, Filter? Where = null, Filter? RelationshipWhere = null);
