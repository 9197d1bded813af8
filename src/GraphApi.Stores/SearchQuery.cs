namespace GraphApi.Stores;

/// <summary>Words to look for, optionally only in nodes of some labels, and how many hits to return.</summary>
public sealed record SearchQuery(string Text, IReadOnlyList<string>? Labels, int First);
