namespace GraphApi.Stores;

/// <summary>
/// Sort by a property; nodes without it come last in either direction. With <see cref="CountOf"/>, sort
/// by how many distinct nodes the node reaches along those relationships instead (<see cref="Property"/>
/// then only names the order, e.g. <c>decisionsCount</c>).
/// </summary>
public sealed record Order(string Property, bool Descending = false, EdgeQuery? CountOf = null);
