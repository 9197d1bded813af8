using GraphApi.Http;
using HttpRequestError = GraphApi.Http.HttpRequestError;
using GraphQL.Execution;

namespace GraphApi.Caching;

/// <summary>
/// The errors of the Automatic Persisted Queries protocol, with the messages and codes its clients look for.
/// </summary>
internal static class PersistedQueryErrors
{
    public static HttpRequestError HashMismatch(string hash, string actual) => new(
        StatusCodes.Status400BadRequest, "PERSISTED_QUERY_HASH_MISMATCH",
        $"provided sha does not match query: extensions.persistedQuery.sha256Hash is {hash}, but the SHA-256 of the query is {actual}");

    public static HttpRequestError Malformed(string what) => new(
        StatusCodes.Status400BadRequest, "PERSISTED_QUERY_INVALID", "extensions.persistedQuery " + what);

    public static HttpRequestError NotTrusted(string hash) => new(
        StatusCodes.Status400BadRequest, "PERSISTED_QUERY_NOT_IN_LIST",
        $"only trusted documents are accepted, and {hash} is not one of them");
}

/// <summary>
/// The hash is not known (yet): the client sends it again with the query. A request error rather than a refused
/// request, so 200 in application/json and 400 in application/graphql-response+json, as for any request error.
/// </summary>
public sealed class PersistedQueryNotFoundError : RequestError
{
    public PersistedQueryNotFoundError() : base("PersistedQueryNotFound") => Code = "PERSISTED_QUERY_NOT_FOUND";
}
