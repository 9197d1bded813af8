using System.Net;

namespace GraphApi.Tests.Http;

public sealed class GetTests(GraphQLAppFixture app) : IClassFixture<GraphQLAppFixture>
{
    private const string Browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private readonly GraphQLClient _client = app.Client();

    [Fact]
    public async Task A_query_with_json_variables_runs_over_get()
    {
        var answer = await _client.GetAsync([
            ("query", "query($name: String!) { hello(name: $name) }"),
            ("variables", "{\"name\":\"Ada\"}"),
            ("extensions", "{}"),
        ]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("application/graphql-response+json; charset=utf-8", answer.ContentType);
        Assert.Equal("Hello, Ada!", answer.Data.GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData(GraphQLClient.Recommended)]
    [InlineData("application/json")]
    public async Task A_mutation_over_get_is_refused_with_405_and_allow_post_in_either_media_type(string accept)
    {
        var answer = await _client.GetAsync("mutation Rename { rename(name: \"x\") }", accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
        Assert.Equal(["POST"], answer.Allow);
        Assert.Equal("the operation 'Rename' is a mutation; GET only runs queries, send it with POST", answer.FirstError);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task A_mutation_already_cached_from_a_post_is_still_refused_over_get()
    {
        const string mutation = "mutation { rename(name: \"cached\") }";
        await _client.PostAsync(new { query = mutation });

        var answer = await _client.GetAsync(mutation);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, answer.Status);
    }

    [Fact]
    public async Task The_operation_name_decides_whether_a_get_may_run_a_document_with_a_query_and_a_mutation()
    {
        const string document = "query Read { hello(name: \"r\") } mutation Write { rename(name: \"w\") }";

        var read = await _client.GetAsync([("query", document), ("operationName", "Read")]);
        var write = await _client.GetAsync([("query", document), ("operationName", "Write")]);

        Assert.Equal("Hello, r!", read.Data.GetProperty("hello").GetString());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, write.Status);
    }

    [Fact]
    public async Task An_empty_operation_name_is_the_same_as_none()
    {
        var answer = await _client.GetAsync([("query", "{ hello(name: \"x\") }"), ("operationName", "")]);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task A_get_without_a_query_parameter_is_refused_with_400()
    {
        var answer = await _client.GetAsync([("operationName", "Q")]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("the 'query' parameter is required", answer.FirstError);
    }

    [Theory]
    [InlineData("variables", "{\"name\":", "the 'variables' parameter is not valid JSON: ")]
    [InlineData("variables", "[1]", "the 'variables' parameter must be a JSON object, not an array")]
    [InlineData("extensions", "true", "the 'extensions' parameter must be a JSON object, not a boolean")]
    public async Task Variables_or_extensions_that_are_not_a_json_object_are_refused_with_400(string name, string value, string message)
    {
        var answer = await _client.GetAsync([("query", "{ __typename }"), (name, value)], "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith(message, answer.FirstError);
    }

    [Fact]
    public async Task A_parameter_given_twice_is_refused_with_400()
    {
        var answer = await _client.GetAsync([("query", "{ __typename }"), ("query", "{ __typename }")]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("the 'query' parameter is given 2 times", answer.FirstError);
    }

    [Fact]
    public async Task A_browser_visit_with_a_query_is_answered_as_graphql()
    {
        var answer = await _client.GetAsync("{ hello(name: \"browser\") }", Browser);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Hello, browser!", answer.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Other_methods_are_refused_with_405_by_routing()
    {
        using var http = app.App.CreateClient();

        using var response = await http.PutAsync("/graphql", new StringContent("{}"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
