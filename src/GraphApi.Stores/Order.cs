namespace GraphApi.Stores;

/// <summary>Sort by a property; nodes without it come last in either direction.</summary>
public sealed record Order(string Property, bool Descending = false);
