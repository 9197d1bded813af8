namespace GraphApi.Stores;

/// <summary>The smallest and largest value of a property over all the matches of a query, not only its page; null when none has it.</summary>
public sealed record Aggregate(object? Min, object? Max);
