using System.Collections.Concurrent;

namespace GraphApi.Http;

/// <summary>
/// What the rest of the app reports about the current request (for example the number of store calls). One per
/// request; returned in the response's <c>extensions</c> when the client asks for it with the header
/// <c>X-GraphQL-Debug: 1</c> or with <c>extensions.debug: true</c>.
/// </summary>
public sealed class GraphQLRequestExtensions
{
    // Concurrent because sibling fields resolve in parallel and may report at the same time.
    private readonly ConcurrentDictionary<string, object?> _values = new();

    public IDictionary<string, object?> Values => _values;

    /// <summary>Adds to a counter atomically: a read-then-write through <see cref="Values"/> would lose counts.</summary>
    public void Increment(string key, long by = 1) =>
        _values.AddOrUpdate(key, by, (_, current) => (current as long? ?? 0) + by);
}
