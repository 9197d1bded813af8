using System.Net;

namespace GraphApi.Tests.Http;

public sealed class PostTests(GraphQLAppFixture app) : IClassFixture<GraphQLAppFixture>
{
    private const string GraphQLResponse = "application/graphql-response+json; charset=utf-8";
    private const string Json = "application/json; charset=utf-8";

    private readonly GraphQLClient _client = app.Client();

    [Fact]
    public async Task A_posted_query_is_answered_with_its_data_as_graphql_response_json()
    {
        var answer = await _client.PostAsync(new { query = "{ hello(name: \"Ada\") }" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(GraphQLResponse, answer.ContentType);
        Assert.Equal("Hello, Ada!", answer.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Variables_and_a_null_operation_name_are_read_from_the_body()
    {
        var answer = await _client.PostAsync(new
        {
            query = "query Greet($name: String!) { hello(name: $name) }",
            operationName = (string?)null,
            variables = new { name = "Grace" },
            extensions = (object?)null,
        });

        Assert.Equal("Hello, Grace!", answer.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Without_an_accept_header_the_answer_is_graphql_response_json()
    {
        var answer = await _client.PostAsync(new { query = "{ __typename }" }, accept: null);

        Assert.Equal(GraphQLResponse, answer.ContentType);
    }

    [Theory]
    [InlineData("application/json", Json)]
    [InlineData("*/*", GraphQLResponse)]
    [InlineData("application/*", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", Json)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("text/html, */*;q=0.8", GraphQLResponse)]
    public async Task The_accept_header_and_its_qualities_choose_the_media_type(string accept, string expected)
    {
        var answer = await _client.PostAsync(new { query = "{ __typename }" }, accept);

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal(expected, answer.ContentType);
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, application/json;q=0")]
    public async Task An_accept_header_that_allows_neither_json_type_is_refused_with_406(string accept)
    {
        var answer = await _client.PostAsync(new { query = "{ __typename }" }, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, answer.Status);
        Assert.EndsWith("' allows neither application/graphql-response+json nor application/json", answer.FirstError);
    }

    [Theory]
    [InlineData(null, "a POST needs the header Content-Type: application/json")]
    [InlineData("text/plain", "Content-Type 'text/plain' is not supported; send application/json")]
    [InlineData("application/graphql", "Content-Type 'application/graphql' is not supported; send application/json")]
    [InlineData("application/json; charset=latin1", "charset 'latin1' is not supported; send UTF-8")]
    public async Task A_body_that_is_not_utf8_json_is_refused_with_415(string? contentType, string message)
    {
        var answer = await _client.PostRawAsync("{\"query\":\"{ __typename }\"}", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, answer.Status);
        Assert.Equal(message, answer.FirstError);
    }

    [Fact]
    public async Task Json_with_an_explicit_utf8_charset_is_accepted()
    {
        var answer = await _client.PostRawAsync("{\"query\":\"{ __typename }\"}", "application/json; charset=UTF-8");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [InlineData(GraphQLClient.Recommended)]
    [InlineData("application/json")]
    public async Task A_body_that_is_not_json_is_refused_with_400_in_either_media_type(string accept)
    {
        var answer = await _client.PostRawAsync("{\"query\":", accept: accept);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.StartsWith("the request body is not valid JSON: ", answer.FirstError);
        Assert.Equal("INVALID_REQUEST", answer.FirstErrorCode);
    }

    [Theory]
    [InlineData("[{\"query\":\"{ __typename }\"}]", "the request body must be a JSON object with a 'query', not an array")]
    [InlineData("{\"qeury\":\"{ __typename }\"}", "'query' is required")]
    [InlineData("{\"query\":null}", "'query' is required")]
    [InlineData("{\"query\":42}", "'query' must be a string, not a number")]
    [InlineData("{\"query\":\"{ __typename }\",\"operationName\":[]}", "'operationName' must be a string, not an array")]
    [InlineData("{\"query\":\"{ __typename }\",\"variables\":[7]}", "'variables' must be a JSON object, not an array")]
    [InlineData("{\"query\":\"{ __typename }\",\"extensions\":\"debug\"}", "'extensions' must be a JSON object, not a string")]
    public async Task A_body_with_missing_or_mistyped_parameters_is_refused_with_400_naming_the_parameter(string body, string message)
    {
        var answer = await _client.PostRawAsync(body, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal(message, answer.FirstError);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task A_document_that_does_not_parse_is_400_as_graphql_response_json_and_200_as_json()
    {
        var modern = await _client.PostAsync(new { query = "{" });
        var legacy = await _client.PostAsync(new { query = "{" }, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Contains("Error parsing query", modern.FirstError);
        Assert.False(modern.HasData);
    }

    [Fact]
    public async Task A_validation_error_names_the_field_and_is_400_as_graphql_response_json_and_200_as_json()
    {
        var modern = await _client.PostAsync(new { query = "{ goodbye }" });
        var legacy = await _client.PostAsync(new { query = "{ goodbye }" }, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.Status);
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.Contains("'goodbye'", modern.FirstError);
        Assert.Contains("'Query'", modern.FirstError);
    }

    [Theory]
    [InlineData("{\"name\":5}", "'$name'")]
    [InlineData("{}", "'$name'")]
    public async Task Variables_that_cannot_be_coerced_are_400_naming_the_variable(string variables, string named)
    {
        var answer = await _client.PostRawAsync(
            "{\"query\":\"query($name: String!) { hello(name: $name) }\",\"variables\":" + variables + "}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains(named, answer.FirstError);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task A_variable_of_the_wrong_type_is_named_with_its_value()
    {
        var answer = await _client.PostRawAsync(
            "{\"query\":\"query($name: String!) { hello(name: $name) }\",\"variables\":{\"name\":5}}", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Contains("'$name'", answer.FirstError);
        Assert.Contains("5", answer.FirstError);
    }

    [Fact]
    public async Task A_field_that_throws_gives_200_with_the_other_data_and_the_error()
    {
        var answer = await _client.PostAsync(new { query = "{ boom hello(name: \"Ada\") }" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Hello, Ada!", answer.Data.GetProperty("hello").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, answer.Data.GetProperty("boom").ValueKind);
        Assert.Contains("'boom'", answer.FirstError);
    }

    [Fact]
    public async Task The_operation_name_selects_one_of_two_operations()
    {
        const string document = "query First { hello(name: \"one\") } query Second { hello(name: \"two\") }";

        var answer = await _client.PostAsync(new { query = document, operationName = "Second" });

        Assert.Equal("Hello, two!", answer.Data.GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Two_operations_without_an_operation_name_are_400()
    {
        var answer = await _client.PostAsync(new { query = "query First { __typename } query Second { __typename }" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Document contains more than one operation, but the operation name was not specified.", answer.FirstError);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_400_naming_it()
    {
        var answer = await _client.PostAsync(new { query = "query First { __typename }", operationName = "Third" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("Third", answer.FirstError);
    }

    [Fact]
    public async Task A_mutation_runs_over_post()
    {
        var answer = await _client.PostAsync(new { query = "mutation { rename(name: \"new\") }" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("new", answer.Data.GetProperty("rename").GetString());
    }
}
