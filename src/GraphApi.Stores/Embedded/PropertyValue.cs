using System.Collections;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// How the embedded store compares property values: numbers by value whatever their CLR type
/// (so a GraphQL Int filter matches a long property), strings ordinally or ignoring case, bools
/// false before true. Values of different kinds are not comparable, so they never match a filter.
/// </summary>
internal static class PropertyValue
{
    /// <summary>A list property: any enumerable except a string.</summary>
    public static bool IsList(object? value) => value is IEnumerable and not string;

    /// <summary>The sign of a - b, or null when a and b are of different kinds.</summary>
    public static int? Compare(object a, object b, bool ignoreCase)
    {
        if (a is string x && b is string y)
            return Math.Sign(ignoreCase ? string.Compare(x, y, StringComparison.OrdinalIgnoreCase) : string.CompareOrdinal(x, y));
        if (a is bool p && b is bool q) return p.CompareTo(q);
        if (IsNumber(a) && IsNumber(b)) return CompareNumbers(a, b);
        return null;
    }

    /// <summary>
    /// A total order for sorting: numbers, then strings, then bools, then lists (element by element),
    /// so that a property holding values of several kinds still sorts the same way every time.
    /// </summary>
    public static int Order(object a, object b)
    {
        var byKind = Kind(a).CompareTo(Kind(b));
        if (byKind != 0) return byKind;
        if (IsList(a)) return OrderLists((IEnumerable)a, (IEnumerable)b);
        return Compare(a, b, ignoreCase: false) ?? 0;
    }

    private static bool IsNumber(object value) =>
        value is long or int or short or byte or sbyte or ulong or uint or ushort or double or float or decimal;

    // Doubles are compared as doubles; everything else is exact as a decimal.
    private static int CompareNumbers(object a, object b) =>
        a is double or float || b is double or float
            ? Convert.ToDouble(a).CompareTo(Convert.ToDouble(b))
            : Convert.ToDecimal(a).CompareTo(Convert.ToDecimal(b));

    private static int Kind(object value) => value switch
    {
        string => 1,
        bool => 2,
        IEnumerable => 3,
        _ => 0,
    };

    private static int OrderLists(IEnumerable a, IEnumerable b)
    {
        var left = a.GetEnumerator();
        var right = b.GetEnumerator();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight) return hasLeft.CompareTo(hasRight);
            var byElement = (left.Current, right.Current) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                var (x, y) => Order(x, y),
            };
            if (byElement != 0) return byElement;
        }
    }
}
