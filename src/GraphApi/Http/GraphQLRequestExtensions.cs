namespace GraphApi.Http;

/// <summary>
/// What the rest of the app reports about the current request (for example the number of store calls). One per
/// request; returned in the response's <c>extensions</c> when the client asks for it with the header
/// <c>X-GraphQL-Debug: 1</c> or with <c>extensions.debug: true</c>.
/// </summary>
public sealed class GraphQLRequestExtensions
{
    // A plain dictionary under a lock: sibling fields may report at the same time, and a concurrent dictionary
    // allocated a kilobyte up front for every request.
    private readonly Lock _lock = new();
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    /// <summary>What has been reported so far.</summary>
    public IReadOnlyList<KeyValuePair<string, object?>> Values
    {
        get
        {
            lock (_lock) return [.. _values];
        }
    }

    /// <summary>Adds to a counter atomically: a read-then-write by two callers would lose counts.</summary>
    public void Increment(string key, long by = 1)
    {
        lock (_lock) _values[key] = (_values.GetValueOrDefault(key) as long? ?? 0) + by;
    }
}
