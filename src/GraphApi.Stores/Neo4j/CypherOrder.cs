namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The ORDER BY of FindNodes, as the embedded NodeOrder sorts: per requested property, missing values
/// last whichever the direction, then values of different kinds by kind (numbers, strings, booleans,
/// lists, reversed when descending, where Cypher's own order would put lists first and numbers last),
/// then by value; finally by id so that the order is total and pages never overlap. A count of related
/// nodes is a COLLECT subquery of the distinct nodes, as the embedded store counts them.
/// Differences: Cypher compares strings by code point where .NET compares UTF-16 code units (they
/// differ only between characters above U+FFFF and U+E000..U+FFFF), and list elements of different
/// kinds follow Cypher's order (the graph's lists hold one kind).
/// </summary>
internal static class CypherOrder
{
    public static string By(IReadOnlyList<Order> orders, string v, CypherParameters parameters)
    {
        var keys = new List<string>();
        foreach (var order in orders)
        {
            if (order.CountOf is { } edges)
            {
                var c = parameters.NewVariable("c");
                var (pattern, where) = CypherQueries.EdgePattern(edges, parameters, v, c);
                keys.Add($"size(COLLECT {{ MATCH {pattern}{where.Replace('\n', ' ')} RETURN DISTINCT {c} }})" + (order.Descending ? " DESC" : ""));
                continue;
            }
            var property = $"{v}.{CypherIdentifier.Quote(order.Property, "property")}";
            var direction = order.Descending ? " DESC" : "";
            keys.Add($"{property} IS NULL");
            keys.Add($"CASE WHEN {property} IS :: STRING NOT NULL THEN 1 WHEN {property} IS :: BOOLEAN NOT NULL THEN 2 " +
                     $"WHEN {property} IS :: LIST<ANY> NOT NULL THEN 3 ELSE 0 END{direction}");
            keys.Add(property + direction);
        }
        keys.Add($"{v}.id");
        return "ORDER BY " + string.Join(", ", keys);
    }
}
