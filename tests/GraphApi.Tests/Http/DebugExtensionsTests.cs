namespace GraphApi.Tests.Http;

public sealed class DebugExtensionsTests(GraphQLAppFixture app) : IClassFixture<GraphQLAppFixture>
{
    private readonly GraphQLClient _client = app.Client();

    private const string TwoGreetings = "{ a: hello(name: \"a\") b: hello(name: \"b\") }";

    [Fact]
    public async Task The_debug_header_returns_what_the_app_recorded_for_the_request_in_the_extensions()
    {
        var answer = await _client.PostAsync(new { query = TwoGreetings }, GraphQLClient.Recommended, ("X-GraphQL-Debug", "1"));

        Assert.Equal(2, answer.Json.GetProperty("extensions").GetProperty("helloCalls").GetInt64());
    }

    [Fact]
    public async Task The_debug_request_extension_does_the_same()
    {
        var answer = await _client.PostAsync(new { query = TwoGreetings, extensions = new { debug = true } });

        Assert.Equal(2, answer.Json.GetProperty("extensions").GetProperty("helloCalls").GetInt64());
    }

    [Fact]
    public async Task The_debug_extension_works_over_get()
    {
        var answer = await _client.GetAsync([("query", TwoGreetings), ("extensions", "{\"debug\":true}")]);

        Assert.Equal(2, answer.Json.GetProperty("extensions").GetProperty("helloCalls").GetInt64());
    }

    [Fact]
    public async Task Without_asking_for_debugging_the_extensions_say_only_how_the_cache_answered()
    {
        var answer = await _client.PostAsync(new { query = TwoGreetings });

        Assert.Equal(["cache"], answer.Json.GetProperty("extensions").EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task Each_request_starts_with_nothing_recorded()
    {
        await _client.PostAsync(new { query = TwoGreetings }, GraphQLClient.Recommended, ("X-GraphQL-Debug", "1"));

        var answer = await _client.PostAsync(new { query = "{ a: hello(name: \"a\") }" }, GraphQLClient.Recommended, ("X-GraphQL-Debug", "1"));

        Assert.Equal(1, answer.Json.GetProperty("extensions").GetProperty("helloCalls").GetInt64());
    }
}
