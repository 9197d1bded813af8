using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace GraphApi.Tests.Http;

public sealed class LimitTests(GraphQLAppFixture app) : IClassFixture<GraphQLAppFixture>
{
    /// <summary>The query the graphql-js tools (GraphiQL and its kin) send to learn the schema.</summary>
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name ofType { kind name ofType { kind name ofType { kind name ofType {
            kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;

    private static string Nested(int depth) =>
        "{ node { " + string.Concat(Enumerable.Repeat("child { ", depth - 2)) + "name" + new string('}', depth - 1) + " }";

    [Fact]
    public async Task A_body_declared_larger_than_the_limit_is_refused_with_413_naming_the_limit()
    {
        var client = new GraphQLClient(app.WithLimits(limits => limits.MaxRequestBytes = 100).CreateClient());

        var answer = await client.PostAsync(new { query = "{ hello(name: \"" + new string('a', 100) + "\") }" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
        Assert.Equal("the request body is larger than the limit of 100 bytes (GraphQL:MaxRequestBytes)", answer.FirstError);
    }

    [Fact]
    public async Task A_chunked_body_is_refused_with_413_once_it_passes_the_limit()
    {
        var client = new GraphQLClient(app.WithLimits(limits => limits.MaxRequestBytes = 100).CreateClient());
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ hello(name: \\\"" + new string('a', 100) + "\\\") }\"}");

        var answer = await client.PostAsync(new UnsizedContent(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.Status);
    }

    [Fact]
    public async Task A_body_within_the_limit_is_read()
    {
        var client = new GraphQLClient(app.WithLimits(limits => limits.MaxRequestBytes = 100).CreateClient());

        var answer = await client.PostAsync(new { query = "{ hello(name: \"a\") }" });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Fact]
    public async Task A_query_running_past_the_timeout_is_cancelled_and_answered_with_504()
    {
        var client = new GraphQLClient(app.WithLimits(limits => limits.TimeoutSeconds = 0.2).CreateClient());

        var answer = await client.PostAsync(new { query = "{ slow }" });

        Assert.Equal(HttpStatusCode.GatewayTimeout, answer.Status);
        Assert.Equal("the query took longer than 0.2 s and was cancelled", answer.FirstError);
        Assert.Equal("TIMEOUT", answer.FirstErrorCode);
    }

    [Fact]
    public async Task A_timeout_answered_as_application_json_is_200_like_every_well_formed_request()
    {
        var client = new GraphQLClient(app.WithLimits(limits => limits.TimeoutSeconds = 0.2).CreateClient());

        var answer = await client.PostAsync(new { query = "{ slow }" }, "application/json");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("the query took longer than 0.2 s and was cancelled", answer.FirstError);
    }

    [Fact]
    public async Task A_query_as_deep_as_the_limit_runs()
    {
        var answer = await app.Client().PostAsync(new { query = Nested(12) });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
    }

    [Theory]
    [InlineData(GraphQLClient.Recommended, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task A_query_deeper_than_the_limit_is_refused_stating_its_depth_and_the_limit(string accept, HttpStatusCode status)
    {
        var answer = await app.Client().PostAsync(new { query = Nested(13) }, accept);

        Assert.Equal(status, answer.Status);
        Assert.Equal("Query is too nested to execute. Maximum depth is 13 levels; maximum allowed on this endpoint is 12.", answer.FirstError);
        Assert.False(answer.HasData);
    }

    [Fact]
    public async Task Fragments_count_towards_the_depth_where_they_are_spread()
    {
        var client = new GraphQLClient(app.WithLimits(limits => limits.MaxDepth = 3).CreateClient());

        var answer = await client.PostAsync(new { query = "{ node { ...Deeper } } fragment Deeper on Node { child { child { name } } }" });

        Assert.Equal("Query is too nested to execute. Maximum depth is 4 levels; maximum allowed on this endpoint is 3.", answer.FirstError);
    }

    [Fact]
    public async Task A_query_more_complex_than_the_limit_is_refused_stating_its_complexity_and_the_limit()
    {
        // Lists count as 20 items each: 1 + 20 + 400 + 8000.
        var client = new GraphQLClient(app.WithLimits(limits => limits.MaxComplexity = 2000).CreateClient());
        var answer = await client.PostAsync(new { query = "{ nodes { children { children { name } } } }" });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("Query is too complex to execute. Complexity is 8421; maximum allowed on this endpoint is 2000.", answer.FirstError);
    }

    [Fact]
    public async Task The_limits_are_checked_again_when_the_document_comes_from_the_cache()
    {
        var client = new GraphQLClient(app.WithLimits(limits => limits.MaxComplexity = 30).CreateClient());
        const string query = "query($skip: Boolean!) { nodes @skip(if: $skip) { children { name } } }";

        var cheap = await client.PostAsync(new { query, variables = new { skip = true } });
        var costly = await client.PostAsync(new { query, variables = new { skip = false } });

        Assert.Equal(HttpStatusCode.OK, cheap.Status);
        Assert.Equal(HttpStatusCode.BadRequest, costly.Status);
        Assert.Contains("Complexity is 421", costly.FirstError);
    }

    [Fact]
    public async Task The_introspection_query_of_graphql_tools_is_within_the_default_limits()
    {
        var answer = await app.Client().PostAsync(new { query = IntrospectionQuery });

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("Query", answer.Data.GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Introspection_that_nests_through_fields_and_types_is_still_bounded_by_the_depth()
    {
        // __schema, types, then five rounds of fields and type, then name: 13 levels.
        var cycles = string.Concat(Enumerable.Repeat("fields { type { ", 5));
        var query = "{ __schema { types { " + cycles + "name" + new string('}', 12) + " }";

        var answer = await app.Client().PostAsync(new { query });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Contains("Maximum depth is 13 levels", answer.FirstError);
    }

    /// <summary>A body sent without Content-Length, as a chunked upload is.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnsizedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
