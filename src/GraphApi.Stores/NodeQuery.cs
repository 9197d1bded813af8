using GraphApi.Stores.Filters;

namespace GraphApi.Stores;

/// <summary>
/// The nodes of one label matching <see cref="Where"/>, sorted by <see cref="Order"/> (then by id, so
/// that pages never overlap), <see cref="First"/> of them after the cursor <see cref="After"/>.
/// </summary>
public sealed record NodeQuery(string Label, Filter? Where, IReadOnlyList<Order> Order, int First, string? After);
