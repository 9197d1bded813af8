using System.Net;
using GraphApi.Http;
using GraphApi.Schema.Execution;
using GraphQL;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Http;

public sealed class DocumentCacheTests(GraphQLAppFixture app) : IClassFixture<GraphQLAppFixture>
{
    [Fact]
    public async Task A_second_identical_query_is_served_from_the_document_cache()
    {
        var factory = app.WithLimits(_ => { });
        var client = new GraphQLClient(factory.CreateClient());
        var cache = factory.Services.GetRequiredService<DocumentCache>();
        const string query = "query($name: String!) { hello(name: $name) }";

        var first = await client.PostAsync(new { query, variables = new { name = "one" } });
        var second = await client.GetAsync([("query", query), ("variables", "{\"name\":\"two\"}")]);

        Assert.Equal((1, 1, 1), (cache.Misses, cache.Hits, cache.Count));
        Assert.Equal("Hello, one!", first.Data.GetProperty("hello").GetString());
        Assert.Equal("Hello, two!", second.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task A_document_from_the_cache_is_marked_as_kept_and_one_parsed_for_the_request_is_not()
    {
        var cache = new DocumentCache(Options.Create(new GraphQLHttpOptions()));
        var kept = new List<bool>();
        Task<ExecutionResult> Next(ExecutionOptions options)
        {
            kept.Add(KeptDocuments.Holds(options));
            return Task.FromResult(new ExecutionResult { Executed = true, Document = GraphQLParser.Parser.Parse(options.Query!) });
        }

        await cache.ExecuteAsync(new ExecutionOptions { Query = "{ hello }" }, Next);
        await cache.ExecuteAsync(new ExecutionOptions { Query = "{ hello }" }, Next);
        await cache.ExecuteAsync(new ExecutionOptions { Query = "{ hello(name: \"x\") }" }, Next);

        Assert.Equal([false, true, false], kept);
    }

    [Fact]
    public async Task A_document_that_fails_validation_is_not_cached()
    {
        var factory = app.WithLimits(_ => { });
        var client = new GraphQLClient(factory.CreateClient());
        var cache = factory.Services.GetRequiredService<DocumentCache>();

        await client.PostAsync(new { query = "{ goodbye }" });
        var again = await client.PostAsync(new { query = "{ goodbye }" });

        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Equal((2, 0, 0), (cache.Misses, cache.Hits, cache.Count));
    }

    [Fact]
    public async Task A_cached_document_still_has_its_variables_coerced()
    {
        var factory = app.WithLimits(_ => { });
        var client = new GraphQLClient(factory.CreateClient());
        const string query = "query($name: String!) { hello(name: $name) }";

        await client.PostAsync(new { query, variables = new { name = "one" } });
        var missing = await client.PostAsync(new { query });

        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Contains("'$name'", missing.FirstError);
    }

    [Fact]
    public async Task The_least_recently_used_documents_leave_when_the_cached_text_passes_its_bound()
    {
        const string a = "{ a: hello(name: \"a\") }", b = "{ b: hello(name: \"b\") }", c = "{ c: hello(name: \"c\") }";
        var factory = app.WithLimits(limits => limits.DocumentCacheCharacters = 2 * a.Length);
        var client = new GraphQLClient(factory.CreateClient());
        var cache = factory.Services.GetRequiredService<DocumentCache>();

        // Debugging requests are executed every time, so the result cache does not answer the repeats.
        foreach (var query in new[] { a, b, a, c, a, b })
            await client.PostAsync(new { query }, GraphQLClient.Recommended, ("X-GraphQL-Debug", "1"));

        // a was used after b, so c pushed b out: a hit twice, b missed twice.
        Assert.Equal((2, 4), (cache.Hits, cache.Misses));
        Assert.Equal(2, cache.Count);
    }
}
