using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Api;

/// <summary>The API as a front-end team calls it: the real schema over the embedded store, over HTTP.</summary>
public sealed class GraphQLApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> Post(string query, bool debug = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (debug) request.Headers.Add("X-GraphQL-Debug", "1");
        var response = await factory.CreateClient().SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task Answers_the_decisions_fulfilling_a_clause_via_an_agency()
    {
        var (status, body) = await Post("""{ clause(number: "3.2.3") { decisions(viaAgency: "Digitaal Vlaanderen") { totalCount nodes { id } } } }""");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("data").GetProperty("clause").GetProperty("decisions").GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task A_misspelt_agency_is_a_field_error_with_its_code_and_the_name_meant()
    {
        var (status, body) = await Post("""{ clause(number: "3.2.3") { decisions(viaAgency: "Digitaal Vlaandren") { totalCount } } }""");

        Assert.Equal(HttpStatusCode.OK, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("UNKNOWN_AGENCY", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("did you mean \"Digitaal Vlaanderen\"?", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Reports_the_store_calls_in_the_extensions_when_asked_to_debug()
    {
        const string query = "{ decisions(first: 50) { nodes { agencies { nodes { budgets { nodes { amount } } } } } } }";

        var (_, debugged) = await Post(query, debug: true);
        var (_, plain) = await Post(query);

        Assert.Equal(3, debugged.GetProperty("extensions").GetProperty("storeCalls").GetInt32());
        Assert.False(plain.GetProperty("extensions").TryGetProperty("storeCalls", out _));
    }

    [Fact]
    public async Task Rejects_a_query_deeper_than_the_limit_before_running_it()
    {
        var (status, body) = await Post("{ node(id: \"decision:000-12\") { ... on Decision { next { next { next { previous { previous { previous { next { next { next { previous { previous { id } } } } } } } } } } } } } }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("depth", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
    }
}
