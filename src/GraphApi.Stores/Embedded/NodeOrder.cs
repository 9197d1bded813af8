using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Sorts nodes by the requested properties (<c>id</c> is the node's id), missing or null values last
/// whichever the direction, and then by id ascending so that the order is total and pages never overlap.
/// </summary>
internal sealed class NodeOrder(IReadOnlyList<Order> orders) : IComparer<Node>
{
    public int Compare(Node? x, Node? y)
    {
        foreach (var order in orders)
        {
            var a = Value(x!, order.Property);
            var b = Value(y!, order.Property);
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

    private static object? Value(Node node, string property) =>
        property == "id" ? node.Id : node.Properties.GetValueOrDefault(property);
}
