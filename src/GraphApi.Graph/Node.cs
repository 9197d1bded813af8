namespace GraphApi.Graph;

/// <summary>
/// A node: a readable, stable id (<c>agency:digitaal-vlaanderen</c>), its labels, scalar properties
/// (string, long, double, bool, or lists of string/long) and the evidence it was read from.
/// </summary>
public sealed record Node(
    string Id,
    IReadOnlyList<string> Labels,
    IReadOnlyDictionary<string, object?> Properties,
    IReadOnlyList<Evidence> Sources)
{
    public string Label => Labels[0];

    public T? Get<T>(string property) =>
        Properties.TryGetValue(property, out var value) && value is T typed ? typed : default;
}
