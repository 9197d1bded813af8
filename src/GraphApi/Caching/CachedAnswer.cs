using GraphQL;

namespace GraphApi.Caching;

/// <summary>
/// The answer to a request: the response's <c>data</c> as JSON bytes when it came from the cache or went into it,
/// else the <see cref="ExecutionResult"/> to write as usual (errors, mutations, requests the cache does not keep).
/// </summary>
public sealed record CachedAnswer(ExecutionResult? Result, byte[]? Data, CacheStatus Status);
