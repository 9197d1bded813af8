namespace GraphApi.Graph;

/// <summary>A directed, typed relationship between two nodes, with its properties and evidence.</summary>
public sealed record Relationship(
    string Id,
    string Type,
    string Start,
    string End,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<Evidence> Sources)
{
    public T? Get<T>(string property) =>
        Properties.TryGetValue(property, out var value) && value is T typed ? typed : default;
}
