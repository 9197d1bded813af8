namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The slice of an ordered, collected list that <see cref="Window.Slice"/> computes, as a Cypher list
/// expression. Going forward the bounds are known before the count, so they are parameters (Cypher clamps a
/// slice to the list); going backward without a Before cursor the page ends at the count, so the bounds are
/// computed from <c>size(list)</c> in the statement.
/// </summary>
internal static class CypherWindow
{
    public static string Slice(Window window, string list, CypherParameters parameters)
    {
        var start = window.Start;
        if (window.Last is not { } last)
        {
            var from = parameters.Named("start", start);
            if (window.End is not { } stop) return $"{list}[{from}..{from} + {parameters.Named("first", Math.Max(window.First, 0))}]";
            return $"{list}[{from}..{parameters.Named("end", Math.Max(Math.Min(start + Math.Max(window.First, 0), stop), start))}]";
        }
        var first = parameters.Named("start", start);
        var count = parameters.Named("last", Math.Max(last, 0));
        var end = window.End is { } before
            ? $"CASE WHEN {parameters.Named("before", before)} < size({list}) THEN $before ELSE size({list}) END"
            : $"size({list})";
        return $"{list}[CASE WHEN {end} - {count} > {first} THEN {end} - {count} ELSE {first} END..{end}]";
    }
}
