using System.Collections.ObjectModel;
using GraphApi.Graph;

namespace GraphApi.Stores;

/// <summary>
/// A page of nodes with a cursor per node, the count of all matches, and whether there is more; and the
/// <see cref="Aggregates"/> of the properties the query asked for, over all matches.
/// </summary>
public sealed record NodePage(IReadOnlyList<Node> Nodes, IReadOnlyList<string> Cursors, int TotalCount, bool HasNextPage, bool HasPreviousPage)
{
    // One empty set for every page that asked for none: a page is made per parent and level.
    public IReadOnlyDictionary<string, Aggregate> Aggregates { get; init; } = ReadOnlyDictionary<string, Aggregate>.Empty;
}
