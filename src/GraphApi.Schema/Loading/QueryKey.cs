using System.Text;
using GraphApi.Stores;
using GraphApi.Stores.Filters;

namespace GraphApi.Schema.Loading;

/// <summary>
/// A canonical text for an edge query, so that the same query made for many parents (records with
/// lists inside do not compare by value) lands in one batch. Written into one builder: it is made for
/// every connection field of every request.
/// </summary>
public static class QueryKey
{
    public static string Of(EdgeQuery query) => Append(new StringBuilder(128), query).ToString();

    public static string Of(RelatedQuery query)
    {
        var key = Append(new StringBuilder(256), query.Edges).Append('|');
        foreach (var order in query.Order) key.Append(order.Property).Append(order.Descending ? " desc," : " asc,");
        var window = query.Window;
        key.Append('|').Append(window.First).Append(' ').Append(window.After).Append(' ').Append(window.Last).Append(' ').Append(window.Before).Append('|');
        foreach (var aggregated in query.Aggregated ?? []) key.Append(aggregated).Append(',');
        key.Append('|');
        if (query.Through is null) key.Append('-');
        else Append(key, query.Through);
        return key.ToString();
    }

    private static StringBuilder Append(StringBuilder key, EdgeQuery query)
    {
        key.Append(query.Type).Append('|').Append(query.Direction == Direction.Outgoing ? "out" : "in")
            .Append('|').Append(query.OtherLabel).Append('|');
        FilterText.Append(key, query.Where);
        key.Append('|');
        FilterText.Append(key, query.RelationshipWhere);
        return key;
    }
}
