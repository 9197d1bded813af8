using GraphApi.Schema.Model;
using GraphApi.Stores;

namespace GraphApi.Schema.Filtering;

/// <summary>Turns a GraphQL <c>order</c> argument (<c>[{ date: DESC }, { title: ASC }]</c>) into store orders.</summary>
public static class OrderBuilder
{
    public static IReadOnlyList<Order> Build(LabelDefinition definition, object? order)
    {
        if (order is not IEnumerable<object?> items) return [];
        var orders = new List<Order>();
        foreach (var item in items.OfType<IDictionary<string, object?>>())
        {
            var given = item.Where(f => f.Value is not null).ToList();
            if (given.Count != 1)
                throw ArgumentErrors.Invalid("order", $"order: each element names one field, e.g. [{{ date: DESC }}, {{ title: ASC }}]; got {{ {string.Join(", ", given.Select(f => f.Key))} }}");
            var (name, direction) = given[0];
            var property = name == "id" ? "id" : definition.Scalar(name)!.Property;
            orders.Add(new Order(property, direction is SortDirection.Desc));
        }
        return orders;
    }

    /// <summary>What cursors of a connection sorted this way belong to: the order, in words.</summary>
    public static string Describe(IReadOnlyList<Order> orders) =>
        string.Join(",", orders.Select(o => o.Property + (o.Descending ? " DESC" : " ASC")));
}
