using GraphApi.Stores;

namespace GraphApi.Schema.Filtering;

/// <summary>Turns a GraphQL <c>order</c> argument into store orders.</summary>
public static class OrderBuilder
{
    public static IReadOnlyList<Order> Build(object? order) =>
        order is IEnumerable<object?> items
            ? items.OfType<IDictionary<string, object?>>()
                .Select(o => new Order((string)o["field"]!, o.TryGetValue("direction", out var d) && d is SortDirection.Desc))
                .ToList()
            : [];
}
