namespace GraphApi.Stores.Filters;

/// <summary>
/// A condition on a node (or on a relationship's properties), as data: the API builds it from a
/// GraphQL <c>where</c> argument and each store evaluates it its own way, never as query text.
/// </summary>
public abstract record Filter;

/// <summary>Every filter holds.</summary>
public sealed record AllOf(IReadOnlyList<Filter> Filters) : Filter;

/// <summary>At least one filter holds.</summary>
public sealed record AnyOf(IReadOnlyList<Filter> Filters) : Filter;

/// <summary>The filter does not hold.</summary>
public sealed record Not(Filter Filter) : Filter;

/// <summary>
/// A property compared with a value. The property <c>id</c> is the node's id. On a list property the
/// comparison holds when it holds for any element. A missing or null property matches only
/// <c>Eq null</c>. Strings compare ordinally unless <see cref="IgnoreCase"/>; Contains always ignores case.
/// </summary>
/// <param name="Value">A string, long, double, decimal or bool; for <see cref="Operator.In"/> a list of them.</param>
public sealed record Comparison(string Property, Operator Operator, object? Value, bool IgnoreCase = false) : Filter;

/// <summary>
/// A condition on the nodes related by <see cref="Type"/> in <see cref="Direction"/> (with label
/// <see cref="OtherLabel"/> when set): some, none or all of them match <see cref="Where"/> (any node when null).
/// </summary>
public sealed record Related(Quantifier Quantifier, string Type, Direction Direction, string? OtherLabel, Filter? Where) : Filter;

public enum Operator { Eq, In, Contains, Gte, Lte }

public enum Quantifier { Some, None, All }
