using System.Text;
using GraphApi.Stores;
using GraphApi.Stores.Filters;

namespace GraphApi.Schema.Loading;

/// <summary>
/// A canonical text for an edge query, so that the same query made for many parents (records with
/// lists inside do not compare by value) lands in one batch.
/// </summary>
public static class QueryKey
{
    public static string Of(EdgeQuery query)
    {
        var key = new StringBuilder($"{query.Type}|{query.Direction}|{query.OtherLabel}|");
        FilterText.Append(key, query.Where);
        key.Append('|');
        FilterText.Append(key, query.RelationshipWhere);
        return key.ToString();
    }

    public static string Of(RelatedQuery query)
    {
        var window = query.Window;
        return $"{Of(query.Edges)}|{string.Join(",", query.Order.Select(o => $"{o.Property} {o.Descending}"))}|{window.First} {window.After} {window.Last} {window.Before}|{string.Join(",", query.Aggregated ?? [])}|{(query.Through is null ? "-" : Of(query.Through))}";
    }
}
