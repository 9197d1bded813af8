namespace GraphApi.Stores;

/// <summary>
/// For each asking node, a page of the distinct nodes at the other end of <see cref="Edges"/> (with its
/// filters), sorted by <see cref="Order"/> and then by id, cut by <see cref="Window"/>, with their count and
/// the min and max of the <see cref="Aggregated"/> properties over all of them.
/// </summary>
/// <param name="Through">
/// When given, the nodes reached along <see cref="Edges"/> from each node this reaches count as well, once
/// each however they are reached: "a clause's decisions, directly or through its promises".
/// </param>
public sealed record RelatedQuery(EdgeQuery Edges, IReadOnlyList<Order> Order, Window Window, IReadOnlyList<string>? Aggregated = null, EdgeQuery? Through = null);
