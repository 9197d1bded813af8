using GraphApi.Graph;

namespace GraphApi.Stores;

/// <summary>A page of nodes with a cursor per node, the count of all matches, and whether there is more.</summary>
public sealed record NodePage(IReadOnlyList<Node> Nodes, IReadOnlyList<string> Cursors, int TotalCount, bool HasNextPage, bool HasPreviousPage);
