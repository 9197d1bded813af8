using GraphApi.Caching;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Caching;

/// <summary>What the result cache's tests send and read: a clause query, its title, the cache's counters and status.</summary>
internal static class CachedQueries
{
    public const string ClauseTitle = "ICT en Informatie Programma Vlaanderen Radicaal Digitaal II";

    public static GraphQLClient Client(WebApplicationFactory<Program> instance) => new(instance.CreateClient());

    public static CacheCounters Counters(WebApplicationFactory<Program> instance) => instance.Services.GetRequiredService<CacheCounters>();

    /// <summary>The response's <c>extensions.cache</c>, or "(none)".</summary>
    public static string Cache(GraphQLAnswer answer) =>
        answer.Json.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("cache", out var cache) ? cache.GetString()! : "(none)";

    public static string ClauseQuery(string alias) => $"query($n: String!) {{ {alias}: clause(number: $n) {{ title }} }}";
}
