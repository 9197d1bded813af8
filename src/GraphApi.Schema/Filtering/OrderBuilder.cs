using GraphApi.Schema.Model;
using GraphApi.Stores;

namespace GraphApi.Schema.Filtering;

/// <summary>Turns a GraphQL <c>order</c> argument (<c>[{ date: DESC }, { title: ASC }]</c>) into store orders.</summary>
public static class OrderBuilder
{
    /// <summary>The store orders; a leading budgetTotal is left out (see <see cref="ByBudgetTotal"/>).</summary>
    public static IReadOnlyList<Order> Build(LabelDefinition definition, object? order)
    {
        var orders = new List<Order>();
        foreach (var (name, descending) in Elements(order))
        {
            if (name == OrderType.BudgetTotal)
            {
                if (orders.Count > 0) throw ArgumentErrors.Invalid("order", "order: budgetTotal sorts first or not at all; put { budgetTotal: ... } first");
                continue;
            }
            if (OrderType.Counted(definition).FirstOrDefault(r => OrderType.CountName(r) == name) is { } counted)
                orders.Add(new Order(name, descending, new EdgeQuery(counted.Type, counted.Direction, counted.OtherLabel)));
            else
                orders.Add(new Order(name == "id" ? "id" : definition.Scalar(name)!.Property, descending));
        }
        return orders;
    }

    /// <summary>Whether the order starts with budgetTotal, and then descending or not.</summary>
    public static bool? ByBudgetTotal(object? order) =>
        Elements(order).FirstOrDefault() is (OrderType.BudgetTotal, var descending) ? descending : null;

    private static IEnumerable<(string Name, bool Descending)> Elements(object? order)
    {
        if (order is not IEnumerable<object?> items) yield break;
        foreach (var item in items.OfType<IDictionary<string, object?>>())
        {
            var given = item.Where(f => f.Value is not null).ToList();
            if (given.Count != 1)
                throw ArgumentErrors.Invalid("order", $"order: each element names one field, e.g. [{{ date: DESC }}, {{ title: ASC }}]; got {{ {string.Join(", ", given.Select(f => f.Key))} }}");
            yield return (given[0].Key, given[0].Value is SortDirection.Desc);
        }
    }

    /// <summary>What cursors of a connection sorted this way belong to: the order, in words.</summary>
    public static string Describe(IReadOnlyList<Order> orders) =>
        string.Join(",", orders.Select(o => o.Property + (o.Descending ? " DESC" : " ASC")));
}
