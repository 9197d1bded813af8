using System.Globalization;
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
        Append(key, query.Where);
        key.Append('|');
        Append(key, query.RelationshipWhere);
        return key.ToString();
    }

    public static string Of(RelatedQuery query)
    {
        var window = query.Window;
        return $"{Of(query.Edges)}|{string.Join(",", query.Order.Select(o => $"{o.Property} {o.Descending}"))}|{window.First} {window.After} {window.Last} {window.Before}|{string.Join(",", query.Aggregated ?? [])}|{(query.Through is null ? "-" : Of(query.Through))}";
    }

    private static void Append(StringBuilder key, Filter? filter)
    {
        switch (filter)
        {
            case null: key.Append('-'); break;
            case AllOf all: List(key, "and", all.Filters); break;
            case AnyOf any: List(key, "or", any.Filters); break;
            case Not not: key.Append("not("); Append(key, not.Filter); key.Append(')'); break;
            case Comparison c: key.Append($"({c.Property} {c.Operator} {(c.IgnoreCase ? "i" : "")}"); Value(key, c.Value); key.Append(')'); break;
            case Elements e: key.Append($"{e.Quantifier}[{e.Property} "); Append(key, e.Where); key.Append(']'); break;
            case Related r: key.Append($"{r.Quantifier}({r.Type} {r.Direction} {r.OtherLabel} "); Append(key, r.Where); key.Append(')'); break;
            default: throw new NotSupportedException(filter.GetType().Name);
        }
    }

    private static void List(StringBuilder key, string name, IReadOnlyList<Filter> filters)
    {
        key.Append(name).Append('(');
        foreach (var filter in filters) { Append(key, filter); key.Append(','); }
        key.Append(')');
    }

    private static void Value(StringBuilder key, object? value)
    {
        if (value is System.Collections.IEnumerable items and not string)
        {
            key.Append('[');
            foreach (var item in items) { Value(key, item); key.Append(','); }
            key.Append(']');
        }
        else key.Append(Convert.ToString(value, CultureInfo.InvariantCulture)?.Replace("\\", "\\\\").Replace(")", "\\)") ?? "null");
    }
}
