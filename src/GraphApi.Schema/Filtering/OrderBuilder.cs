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
            var descending = direction is SortDirection.Desc;
            if (OrderType.Counted(definition).FirstOrDefault(r => OrderType.CountName(r) == name) is { } counted)
                orders.Add(new Order(name, descending, new EdgeQuery(counted.Type, counted.Direction, counted.OtherLabel)));
            else
                orders.Add(new Order(name == "id" ? "id" : definition.Scalar(name)!.Property, descending));
        }
        return orders;
    }

    /// <summary>What cursors of a connection sorted this way belong to: the order, in words.</summary>
    public static string Describe(IReadOnlyList<Order> orders) =>
        string.Join(",", orders.Select(o => o.Property + (o.Descending ? " DESC" : " ASC")));
}
