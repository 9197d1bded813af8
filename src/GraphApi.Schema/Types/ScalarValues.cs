using GraphApi.Schema.Model;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>How each kind of property appears in GraphQL, and its stored value as GraphQL expects it.</summary>
public static class ScalarValues
{
    public static IGraphType GraphType(ScalarKind kind, bool nonNull)
    {
        IGraphType type = kind switch
        {
            ScalarKind.String => new StringGraphType(),
            ScalarKind.Int => new IntGraphType(),
            ScalarKind.Float => new FloatGraphType(),
            ScalarKind.Decimal => new DecimalGraphType(),
            ScalarKind.Boolean => new BooleanGraphType(),
            ScalarKind.StringList => new ListGraphType(new NonNullGraphType(new StringGraphType())),
            ScalarKind.IntList => new ListGraphType(new NonNullGraphType(new IntGraphType())),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return nonNull || kind is ScalarKind.StringList or ScalarKind.IntList ? new NonNullGraphType(type) : type;
    }

    /// <summary>Stored values are long, double, decimal, string, bool or lists; GraphQL's Int wants an int.</summary>
    public static object? Value(object? stored, ScalarKind kind) => (stored, kind) switch
    {
        (null, ScalarKind.StringList or ScalarKind.IntList) => Array.Empty<object>(),
        (null, _) => null,
        (long l, ScalarKind.Int) => (int)l,
        (System.Collections.IEnumerable items, ScalarKind.IntList) => items.Cast<object>().Select(i => Convert.ToInt32(i)).ToList(),
        (long l, ScalarKind.Float) => (double)l,
        (decimal d, ScalarKind.Float) => (double)d,
        (long l, ScalarKind.Decimal) => (decimal)l,
        // Neo4j has no decimal type: the Neo4j store gives amounts back as Float.
        (double d, ScalarKind.Decimal) => (decimal)d,
        _ => stored,
    };
}
