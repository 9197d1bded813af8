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
/// <c>Eq null</c>. Strings compare ordinally unless <see cref="IgnoreCase"/>, which holds for every operator.
/// Gt, Gte, Lt and Lte compare values of one kind (ISO dates as text); values of different kinds never match.
/// </summary>
/// <param name="Value">A string, long, double, decimal or bool; for <see cref="Operator.In"/> a list of them.</param>
public sealed record Comparison(string Property, Operator Operator, object? Value, bool IgnoreCase = false) : Filter;

/// <summary>
/// A condition on the nodes related by <see cref="Type"/> in <see cref="Direction"/> (with label
/// <see cref="OtherLabel"/> when set): some, none or all of them match <see cref="Where"/> (any node when null).
/// </summary>
public sealed record Related(Quantifier Quantifier, string Type, Direction Direction, string? OtherLabel, Filter? Where) : Filter;

/// <summary>
/// A condition on the elements of a list property: some, none or all of them match <see cref="Where"/>, whose
/// comparisons name <see cref="Property"/> and are tested on one element at a time. A missing property is an empty list.
/// </summary>
public sealed record Elements(Quantifier Quantifier, string Property, Filter Where) : Filter;

/// <summary>Negations (neq, nin, ncontains ...) are <see cref="Not"/> around the positive operator.</summary>
public enum Operator { Eq, In, Contains, StartsWith, EndsWith, Gt, Gte, Lt, Lte }

public enum Quantifier { Some, None, All }
