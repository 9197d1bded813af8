using System.Collections;
using System.Globalization;
using System.Text;

namespace GraphApi.Stores.Filters;

/// <summary>
/// A filter as canonical text: two filters with the same text are the same condition. Records holding lists do not
/// compare by value, so this is how one filter made again by each request is recognised.
/// Values carry their kind, so that <c>"1"</c> and <c>1</c> stay apart.
/// </summary>
public static class FilterText
{
    public static string Of(Filter? filter)
    {
        var text = new StringBuilder();
        Append(text, filter);
        return text.ToString();
    }

    public static void Append(StringBuilder text, Filter? filter)
    {
        switch (filter)
        {
            case null: text.Append('-'); break;
            case AllOf all: List(text, "and", all.Filters); break;
            case AnyOf any: List(text, "or", any.Filters); break;
            case Not not: text.Append("not("); Append(text, not.Filter); text.Append(')'); break;
            case Comparison c:
                text.Append('(').Append(c.Property).Append(' ').Append(c.Operator).Append(c.IgnoreCase ? " i " : " ");
                Value(text, c.Value);
                text.Append(')');
                break;
            case Elements e: text.Append(e.Quantifier).Append('[').Append(e.Property).Append(' '); Append(text, e.Where); text.Append(']'); break;
            case Related r:
                text.Append(r.Quantifier).Append('(').Append(r.Type).Append(' ').Append(r.Direction).Append(' ').Append(r.OtherLabel).Append(' ');
                Append(text, r.Where);
                text.Append(')');
                break;
            default: throw new NotSupportedException(filter.GetType().Name);
        }
    }

    private static void List(StringBuilder text, string name, IReadOnlyList<Filter> filters)
    {
        text.Append(name).Append('(');
        foreach (var filter in filters) { Append(text, filter); text.Append(','); }
        text.Append(')');
    }

    private static void Value(StringBuilder text, object? value)
    {
        switch (value)
        {
            case null: text.Append("null"); break;
            case string s: text.Append('"').Append(s.Replace("\\", "\\\\").Replace("\"", "\\\"")).Append('"'); break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items) { Value(text, item); text.Append(','); }
                text.Append(']');
                break;
            default: text.Append(value.GetType().Name).Append(':').Append(Convert.ToString(value, CultureInfo.InvariantCulture)); break;
        }
    }
}
