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

    /// <summary>Whether the node carries the label: a plain loop, as stores ask it for every edge they walk.</summary>
    public bool HasLabel(string label)
    {
        for (var i = 0; i < Labels.Count; i++)
            if (string.Equals(Labels[i], label, StringComparison.Ordinal)) return true;
        return false;
    }

    public T? Get<T>(string property) =>
        Properties.TryGetValue(property, out var value) && value is T typed ? typed : default;
}
