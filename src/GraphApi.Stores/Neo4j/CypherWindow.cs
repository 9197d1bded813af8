namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The subqueries that fetch the page <see cref="Window.Slice"/> computes, each with
/// <c>ORDER BY ... SKIP ... LIMIT</c> so that only the page's nodes are collected, never every match; they
/// run after the subquery that binds <c>totalCount</c>. Cypher refuses variables in SKIP and LIMIT, so every
/// bound is a parameter worked out here from the window alone:
/// <list type="bullet">
/// <item>forward, the page starts at the After cursor and holds First nodes, cut at the Before cursor;</item>
/// <item>backward without Before, the page ends at the count: the matches are read in the reversed order,
/// Last of them, cut where they reach the After cursor (by the count), and turned back;</item>
/// <item>backward with Before, the page ends at the cursor, so it is a forward page, unless the cursor lies past
/// the count (a cursor from a larger result): then the page ends at the count as without Before. Both subqueries
/// are there, each guarded by its case, and the one whose guard fails collects nothing.</item>
/// </list>
/// </summary>
internal static class CypherWindow
{
    /// <param name="imports">The outer variables <paramref name="matches"/> uses, e.g. <c>n</c>, or empty.</param>
    /// <param name="matches">Clauses giving one row per match in <paramref name="v"/>, ending in a WITH so that ORDER BY can follow.</param>
    /// <returns>The subqueries, and the expression of the page's nodes in order, for the RETURN after them.</returns>
    public static (string Subqueries, string Page) Of(Window window, string imports, string matches, string v, CypherOrder order, CypherParameters parameters)
    {
        var start = window.Start;
        if (window.Last is not { } last)
        {
            var first = Math.Max(window.First, 0L);
            var limit = window.End is { } stop ? Math.Max(Math.Min(start + first, stop) - start, 0) : first;
            var forward = Subquery(imports, matches, v, order.By(), $"SKIP {parameters.Named("skip", start)} LIMIT {parameters.Named("limit", limit)}", "page");
            return (forward, "page");
        }
        var count = Math.Max(last, 0);
        var fromEnd = $"reverse(fromEnd[..CASE WHEN totalCount > {parameters.Named("start", start)} THEN totalCount - $start ELSE 0 END])";
        var lastOnes = $"LIMIT {parameters.Named("last", count)}";
        if (window.End is not { } before)
            return (Subquery(imports, matches, v, order.By(reversed: true), lastOnes, "fromEnd"), fromEnd);
        var skip = Math.Max(start, before - count);
        var cursor = parameters.Named("before", before);
        var withCount = imports.Length == 0 ? "totalCount" : imports + ", totalCount";
        var upToCursor = Subquery(withCount, $"WITH * WHERE {cursor} <= totalCount\n{matches}", v, order.By(),
            $"SKIP {parameters.Named("skip", skip)} LIMIT {parameters.Named("limit", Math.Max(before - skip, 0))}", "upToCursor");
        var pastCursor = Subquery(withCount, $"WITH * WHERE {cursor} > totalCount\n{matches}", v, order.By(reversed: true), lastOnes, "fromEnd");
        return (upToCursor + "\n" + pastCursor, $"upToCursor + {fromEnd}");
    }

    private static string Subquery(string imports, string matches, string v, string orderBy, string slice, string name) => $$"""
        CALL ({{imports}}) {
          {{matches.Replace("\n", "\n  ")}}
          {{orderBy}}
          {{slice}}
          RETURN collect({{v}}) AS {{name}}
        }
        """;
}
