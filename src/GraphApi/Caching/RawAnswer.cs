using GraphQL.Transport;

namespace GraphApi.Caching;

/// <summary>
/// What the first lookup finds for a request as it arrived: the response's <c>data</c>, and the request as it was
/// read and the operation's name the first time, for the request log, the span and the metrics of each hit.
/// </summary>
internal sealed record RawAnswer(byte[] Data, GraphQLRequest Request, string? OperationName);
