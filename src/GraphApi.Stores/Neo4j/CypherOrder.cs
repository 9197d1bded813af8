namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The sort keys of a page, as the embedded NodeOrder sorts: per requested property, missing values
/// last whichever the direction, then values of different kinds by kind (numbers, strings, booleans,
/// lists, reversed when descending, where Cypher's own order would put lists first and numbers last),
/// then by value; finally by id so that the order is total and pages never overlap. A count of related
/// nodes is a COLLECT subquery of the distinct nodes, as the embedded store counts them.
/// Because the order is total (ids are unique) and no key is ever null except a property already
/// split off by its IS NULL key, flipping every key's direction gives exactly the reversed order: backward
/// pages read the matches from the end with it (see <see cref="CypherWindow"/>).
/// Differences: Cypher compares strings by code point where .NET compares UTF-16 code units (they
/// differ only between characters above U+FFFF and U+E000..U+FFFF), and list elements of different
/// kinds follow Cypher's order (the graph's lists hold one kind).
/// </summary>
internal sealed class CypherOrder
{
    private readonly List<(string Key, bool Descending)> _keys = [];

    public CypherOrder(IReadOnlyList<Order> orders, string v, CypherParameters parameters)
    {
        foreach (var order in orders)
        {
            if (order.CountOf is { } edges)
            {
                var c = parameters.NewVariable("c");
                var (pattern, where) = CypherQueries.EdgePattern(edges, parameters, v, c);
                _keys.Add(($"size(COLLECT {{ MATCH {pattern}{where.Replace('\n', ' ')} RETURN DISTINCT {c} }})", order.Descending));
                continue;
            }
            var property = $"{v}.{CypherIdentifier.Quote(order.Property, "property")}";
            _keys.Add(($"{property} IS NULL", false));
            _keys.Add(($"CASE WHEN {property} IS :: STRING NOT NULL THEN 1 WHEN {property} IS :: BOOLEAN NOT NULL THEN 2 " +
                       $"WHEN {property} IS :: LIST<ANY> NOT NULL THEN 3 ELSE 0 END", order.Descending));
            _keys.Add((property, order.Descending));
        }
        _keys.Add(($"{v}.id", false));
    }

    /// <summary>The ORDER BY clause, or with <paramref name="reversed"/> the one that sorts the other way round.</summary>
    public string By(bool reversed = false) =>
        "ORDER BY " + string.Join(", ", _keys.Select(k => k.Descending != reversed ? k.Key + " DESC" : k.Key));
}
