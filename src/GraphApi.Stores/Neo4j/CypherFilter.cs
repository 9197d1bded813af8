using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Translates a <see cref="Filter"/> into a Cypher boolean expression on one variable, with the
/// semantics of the embedded store's FilterEvaluator:
/// <list type="bullet">
/// <item>every comparison yields true or false, never null (coalesce), so that <c>NOT</c> of a
/// comparison on a missing property holds, as it does in memory (Cypher alone would say null);</item>
/// <item>a list property matches when some element does: scalars are wrapped into a list of one;</item>
/// <item>numbers compare across Integer and Float; values of different kinds never match (Cypher's
/// <c>=</c> is false and its <c>&gt;=</c> null across kinds, both end up false);</item>
/// <item>IgnoreCase compares <c>toUpper</c> of both sides, as .NET's OrdinalIgnoreCase upper-cases;
/// strings otherwise compare by code unit in both; Contains, StartsWith and EndsWith hold on strings only;</item>
/// <item><see cref="Elements"/> becomes any / none / all over the list (a missing property is an empty list);</item>
/// <item><see cref="Related"/> becomes EXISTS / NOT EXISTS subqueries; All is
/// <c>NOT EXISTS { ... WHERE NOT cond }</c>, which holds when there are no related nodes.</item>
/// </list>
/// Differences: toUpper uses Java's full case mapping, which differs from .NET's simple mapping for a
/// few characters (ß becomes SS); decimals are compared as doubles.
/// </summary>
public sealed class CypherFilter(CypherParameters parameters)
{
    /// <summary>The expression for a node's filter on <paramref name="variable"/>.</summary>
    public string OnNode(Filter filter, string variable) => Translate(filter, variable, isNode: true);

    /// <summary>The expression for a relationship's filter; a <see cref="Related"/> in it is an error, as in memory.</summary>
    public string OnRelationship(Filter filter, string variable) => Translate(filter, variable, isNode: false);

    // element: inside Elements, the variable that stands for the list element every comparison tests.
    private string Translate(Filter filter, string v, bool isNode, string? element = null) => filter switch
    {
        AllOf all => all.Filters.Count == 0 ? "true" : Join(all.Filters, " AND ", v, isNode, element),
        AnyOf any => any.Filters.Count == 0 ? "false" : Join(any.Filters, " OR ", v, isNode, element),
        Not not => $"NOT ({Translate(not.Filter, v, isNode, element)})",
        Comparison comparison => Compare(comparison, element ?? $"{v}.{CypherIdentifier.Quote(comparison.Property, "property")}"),
        Elements elements when element is null => Quantify(elements, v, isNode),
        Related related when isNode && element is null => Quantify(related, v),
        Related when element is null => throw new ArgumentException("A relationship filter cannot test related nodes; filter the other node instead."),
        Elements or Related => throw new ArgumentException("A condition on list elements can only compare them."),
        _ => throw new ArgumentException($"Unknown filter {filter.GetType().Name}."),
    };

    private string Join(IReadOnlyList<Filter> filters, string separator, string v, bool isNode, string? element) =>
        string.Join(separator, filters.Select(f => $"({Translate(f, v, isNode, element)})"));

    private string Quantify(Elements elements, string v, bool isNode)
    {
        var property = $"{v}.{CypherIdentifier.Quote(elements.Property, "property")}";
        var e = parameters.NewVariable("e");
        var list = $"CASE WHEN {property} IS :: LIST<ANY> NOT NULL THEN {property} ELSE [{property}] END";
        var condition = $"coalesce({Translate(elements.Where, v, isNode, e)}, false)";
        return elements.Quantifier switch
        {
            Quantifier.Some => $"any({e} IN {list} WHERE {e} IS NOT NULL AND {condition})",
            Quantifier.None => $"none({e} IN {list} WHERE {e} IS NOT NULL AND {condition})",
            Quantifier.All => $"all({e} IN {list} WHERE {e} IS NULL OR {condition})",
            _ => throw new ArgumentException($"Unknown quantifier {elements.Quantifier}."),
        };
    }

    private string Quantify(Related related, string v)
    {
        var type = CypherIdentifier.Quote(related.Type, "relationship type");
        var label = related.OtherLabel is null ? "" : ":" + CypherIdentifier.Quote(related.OtherLabel, "label");
        var o = parameters.NewVariable("o");
        var pattern = related.Direction == Direction.Outgoing ? $"({v})-[:{type}]->({o}{label})" : $"({v})<-[:{type}]-({o}{label})";
        var condition = related.Where is null ? null : Translate(related.Where, o, isNode: true);
        return related.Quantifier switch
        {
            Quantifier.Some => Exists(pattern, condition),
            Quantifier.None => "NOT " + Exists(pattern, condition),
            Quantifier.All => condition is null ? "true" : "NOT " + Exists(pattern, $"NOT ({condition})"),
            _ => throw new ArgumentException($"Unknown quantifier {related.Quantifier}."),
        };
    }

    private static string Exists(string pattern, string? condition) =>
        condition is null ? $"EXISTS {{ MATCH {pattern} }}" : $"EXISTS {{ MATCH {pattern} WHERE {condition} }}";

    private string Compare(Comparison comparison, string property)
    {
        var value = comparison.Value;
        return comparison.Operator switch
        {
            Operator.Eq when value is null => $"{property} IS NULL",
            Operator.Eq => AnyElement(property, Equal("x", parameters.Add(value), comparison.IgnoreCase)),
            Operator.In => In(property, value, comparison.IgnoreCase),
            Operator.Contains or Operator.StartsWith or Operator.EndsWith when value is not string => "false",
            Operator.Contains => AnyElement(property, Text("CONTAINS", parameters.Add(value), comparison.IgnoreCase)),
            Operator.StartsWith => AnyElement(property, Text("STARTS WITH", parameters.Add(value), comparison.IgnoreCase)),
            Operator.EndsWith => AnyElement(property, Text("ENDS WITH", parameters.Add(value), comparison.IgnoreCase)),
            _ when value is null => "false",
            Operator.Gt => AnyElement(property, Order("x", ">", parameters.Add(value), comparison.IgnoreCase)),
            Operator.Gte => AnyElement(property, Order("x", ">=", parameters.Add(value), comparison.IgnoreCase)),
            Operator.Lt => AnyElement(property, Order("x", "<", parameters.Add(value), comparison.IgnoreCase)),
            Operator.Lte => AnyElement(property, Order("x", "<=", parameters.Add(value), comparison.IgnoreCase)),
            _ => throw new ArgumentException($"Unknown operator {comparison.Operator}."),
        };
    }

    // A single value counts as a list of one, as GraphQL coerces it; a null candidate matches a missing property.
    private string In(string property, object? value, bool ignoreCase)
    {
        var candidates = value is System.Collections.IEnumerable list and not string ? list.Cast<object?>().ToList() : [value];
        var parts = new List<string>();
        if (candidates.Any(c => c is null)) parts.Add($"{property} IS NULL");
        var values = candidates.Where(c => c is not null).ToList();
        if (values.Count > 0)
            parts.Add(AnyElement(property, $"any(c IN {parameters.Add(values)} WHERE {Equal("x", "c", ignoreCase)})"));
        return parts.Count == 0 ? "false" : string.Join(" OR ", parts);
    }

    // Some element of the property (a scalar is a list of one) satisfies the condition on x; null is false.
    private static string AnyElement(string property, string condition) =>
        $"coalesce(any(x IN CASE WHEN {property} IS :: LIST<ANY> NOT NULL THEN {property} ELSE [{property}] END WHERE {condition}), false)";

    private static string Text(string op, string value, bool ignoreCase) =>
        ignoreCase
            ? $"CASE WHEN x IS :: STRING NOT NULL THEN toUpper(x) {op} toUpper({value}) ELSE false END"
            : $"CASE WHEN x IS :: STRING NOT NULL THEN x {op} {value} ELSE false END";

    private static string Equal(string left, string right, bool ignoreCase) => Order(left, "=", right, ignoreCase);

    // CASE rather than AND: Cypher does not promise to short-circuit, and toUpper fails on a number.
    private static string Order(string left, string op, string right, bool ignoreCase) =>
        ignoreCase
            ? $"CASE WHEN {left} IS :: STRING NOT NULL AND {right} IS :: STRING NOT NULL THEN toUpper({left}) {op} toUpper({right}) ELSE {left} {op} {right} END"
            : $"{left} {op} {right}";
}
