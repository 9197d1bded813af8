using GraphApi.Caching;
using GraphQL.Transport;

namespace GraphApi.Telemetry;

/// <summary>
/// What the GraphQL endpoint learnt about one request, for the request log, the operation's span and the metrics.
/// One per request; stays empty for requests that are not GraphQL operations.
/// </summary>
public sealed class OperationRecord
{
    /// <summary>The request as read (after a persisted query was resolved); null until then or when it could not be read.</summary>
    public GraphQLRequest? Request { get; set; }

    public string? OperationName { get; set; }

    /// <summary><c>query</c>, <c>mutation</c> or <c>subscription</c>; null when no operation was chosen (e.g. a syntax error).</summary>
    public string? OperationType { get; set; }

    public CacheStatus Cache { get; set; }

    public int Errors { get; set; }
}
