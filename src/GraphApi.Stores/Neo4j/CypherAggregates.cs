namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The min and max of the requested properties, aggregated over every match in the subquery that counts
/// them, and returned as one list [min0, max0, min1, max1 ...]. Nothing is added when none is asked.
/// </summary>
internal static class CypherAggregates
{
    /// <summary>The aggregating columns for the counting RETURN (", min(...) AS min0 ..."), and the returned column (", [...] AS aggregates").</summary>
    public static (string Columns, string Return) Of(IReadOnlyList<string>? properties, string v)
    {
        if (properties is null || properties.Count == 0) return ("", "");
        var with = new List<string>();
        var names = new List<string>();
        for (var i = 0; i < properties.Count; i++)
        {
            var property = $"{v}.{CypherIdentifier.Quote(properties[i], "property")}";
            with.Add($"min({property}) AS min{i}, max({property}) AS max{i}");
            names.Add($"min{i}, max{i}");
        }
        return (", " + string.Join(", ", with), $", [{string.Join(", ", names)}] AS aggregates");
    }

    /// <summary>The store's aggregates from the returned list, in the order the properties were asked.</summary>
    public static IReadOnlyDictionary<string, Aggregate> Read(IReadOnlyList<string>? properties, object? column)
    {
        var aggregates = new Dictionary<string, Aggregate>(StringComparer.Ordinal);
        if (properties is null || properties.Count == 0) return aggregates;
        var values = (IReadOnlyList<object?>)column!;
        for (var i = 0; i < properties.Count; i++) aggregates[properties[i]] = new Aggregate(values[2 * i], values[2 * i + 1]);
        return aggregates;
    }
}
