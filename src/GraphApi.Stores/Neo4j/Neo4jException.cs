using System.Net;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// An error answered by Neo4j (its status code, such as <c>Neo.ClientError.Security.Unauthorized</c>,
/// and its message) or by the HTTP layer in front of it (code <c>HTTP 503</c>). Never carries credentials.
/// </summary>
public sealed class Neo4jException(string code, string message, HttpStatusCode? httpStatus = null)
    : Exception($"{code}: {message}")
{
    public string Code { get; } = code;

    public string Neo4jMessage { get; } = message;

    public HttpStatusCode? HttpStatus { get; } = httpStatus;

    /// <summary>
    /// Worth trying again: Neo4j's transient errors (deadlocks, leader switches, memory pressure) and the
    /// gateway answers that Aura's proxies give while a server restarts.
    /// </summary>
    public bool IsTransient =>
        Code.StartsWith("Neo.TransientError.", StringComparison.Ordinal)
        || HttpStatus is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;
}
