namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The parameters of one statement being built, named $p0, $p1 ... in the order values are added, and
/// the fresh variable names its subqueries need. Values are converted to what Neo4j stores: decimals
/// become doubles (Neo4j has no decimal type, the loader stores them as Float) and lists become lists.
/// </summary>
public sealed class CypherParameters
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private int _variables;

    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>Adds a value and returns its reference for the statement text, e.g. <c>$p3</c>.</summary>
    public string Add(object? value)
    {
        var name = $"p{_values.Count}";
        _values[name] = Convert(value);
        return "$" + name;
    }

    /// <summary>A named parameter such as <c>$ids</c>, for the fixed inputs of a statement.</summary>
    public string Named(string name, object? value)
    {
        _values[name] = value;
        return "$" + name;
    }

    /// <summary>A variable no other part of the statement uses, e.g. <c>o2</c>.</summary>
    public string NewVariable(string prefix) => $"{prefix}{_variables++}";

    private static object? Convert(object? value) => value switch
    {
        decimal d => (double)d,
        string => value,
        System.Collections.IEnumerable list => list.Cast<object?>().Select(Convert).ToList(),
        _ => value,
    };
}
