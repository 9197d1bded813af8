using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Sorts nodes by the requested properties (<c>id</c> is the node's id) or counts of related nodes, missing
/// or null values last whichever the direction, and then by id ascending so that the order is total and
/// pages never overlap. Counts are computed once per node.
/// </summary>
internal sealed class NodeOrder(IReadOnlyList<Order> orders, GraphIndex index) : IComparer<Node>
{
    private readonly Dictionary<(Order, Node), long> _counts = [];

    public int Compare(Node? x, Node? y)
    {
        foreach (var order in orders)
        {
            var a = Value(x!, order);
            var b = Value(y!, order);
            if (a is null || b is null)
            {
                if (a is null && b is null) continue;
                return a is null ? 1 : -1;
            }
            var byValue = PropertyValue.Order(a, b);
            if (byValue != 0) return order.Descending ? -byValue : byValue;
        }
        return string.CompareOrdinal(x!.Id, y!.Id);
    }

    private object? Value(Node node, Order order)
    {
        if (order.CountOf is not { } edges) return order.Property == "id" ? node.Id : node.Properties.GetValueOrDefault(order.Property);
        if (!_counts.TryGetValue((order, node), out var count))
            _counts[(order, node)] = count = RelatedNodes.Count(index, node.Id, edges);
        return count;
    }
}
