using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Api;

/// <summary>With Graph:Store = neo4j and no server answering, the API stays alive but is not ready.</summary>
public sealed class Neo4jUnreachableTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private HttpClient Client() => factory.WithWebHostBuilder(b => b
        .UseSetting("Graph:Store", "neo4j")
        .UseSetting("Neo4j:Uri", "http://127.0.0.1:1")
        .UseSetting("Neo4j:User", "neo4j")
        .UseSetting("Neo4j:Password", "secret-password")).CreateClient();

    [Fact]
    public async Task The_liveness_probe_stays_up()
    {
        Assert.Equal(HttpStatusCode.OK, (await Client().GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task The_readiness_probe_fails_without_telling_the_password()
    {
        var response = await Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("secret-password", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_query_gets_a_graphql_error_without_the_password()
    {
        var response = await Client().PostAsync("/graphql", new StringContent("""{"query":"{ decisions { totalCount } }"}""", System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"errors\"", body);
        Assert.DoesNotContain("secret-password", body);
    }
}
