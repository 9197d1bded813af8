using System.Security.Cryptography;
using System.Text;
using GraphApi.Http;
using GraphQL;
using GraphQL.Transport;

namespace GraphApi.Caching;

/// <summary>
/// Automatic Persisted Queries: a request may carry <c>extensions.persistedQuery</c>
/// (<c>{"version":1,"sha256Hash":"..."}</c>) instead of its query, over GET or POST. A known hash gets its document;
/// an unknown one the error <c>PersistedQueryNotFound</c>, after which the client sends hash and query together to
/// register them. With trusted documents only the documents of that list are executed, whether sent by hash or in full.
/// </summary>
internal sealed class PersistedQueries(PersistedQueryStore store, TrustedDocuments? trusted)
{
    public static string HashOf(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    /// <summary>Whether the request names a persisted query, so that it needs no query text.</summary>
    public static bool IsNamed(Inputs? extensions) => extensions?.ContainsKey("persistedQuery") == true;

    /// <summary>The request with its query text, or an error saying why it cannot be served.</summary>
    public async Task<GraphQLRequest> ResolveAsync(GraphQLRequest request, CancellationToken cancellationToken)
    {
        if (!IsNamed(request.Extensions))
        {
            if (trusted is not null && request.Query is { } text && !trusted.Contains(HashOf(text)))
                throw PersistedQueryErrors.NotTrusted(HashOf(text));
            return request;
        }

        var hash = HashIn(request.Extensions!["persistedQuery"]);
        if (request.Query is not { } query)
        {
            var found = trusted is not null ? trusted.Find(hash) ?? throw PersistedQueryErrors.NotTrusted(hash)
                : await store.FindAsync(hash, cancellationToken);
            if (found is null)
                throw new PersistedQueryNotFoundError();
            return With(request, found);
        }

        var actual = HashOf(query);
        if (actual != hash)
            throw PersistedQueryErrors.HashMismatch(hash, actual);
        if (trusted is not null)
        {
            if (!trusted.Contains(hash))
                throw PersistedQueryErrors.NotTrusted(hash);
        }
        else
            await store.SaveAsync(hash, query);
        return request;
    }

    private static string HashIn(object? persistedQuery)
    {
        if (persistedQuery is not IDictionary<string, object?> fields)
            throw PersistedQueryErrors.Malformed("must be an object with version and sha256Hash");
        if (!fields.TryGetValue("version", out var version) || version is not (int or long) || Convert.ToInt64(version) != 1)
            throw PersistedQueryErrors.Malformed($"version must be 1, not {version ?? "absent"}");
        if (!fields.TryGetValue("sha256Hash", out var value) || value is not string hash
            || hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
            throw PersistedQueryErrors.Malformed($"sha256Hash must be 64 hexadecimal digits, not {value ?? "absent"}");
        return hash.ToLowerInvariant();
    }

    private static GraphQLRequest With(GraphQLRequest request, string query) => new()
    {
        Query = query,
        OperationName = request.OperationName,
        Variables = request.Variables,
        Extensions = request.Extensions,
    };
}
