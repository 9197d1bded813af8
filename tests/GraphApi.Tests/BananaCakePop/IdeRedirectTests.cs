using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.BananaCakePop;

/// <summary>Which requests to /graphql the IDE takes: a browser opening the address, and nothing a GraphQL client sends.</summary>
public sealed class IdeRedirectTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    private const string BrowserAccept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private Task<HttpResponseMessage> Get(string url, string accept)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd(accept);
        return _client.SendAsync(request);
    }

    [Fact]
    public async Task A_browser_opening_graphql_is_redirected_to_the_ide_folder()
    {
        var response = await Get("/graphql", BrowserAccept);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/graphql/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_get_asking_for_json_without_a_query_is_not_redirected()
    {
        var response = await Get("/graphql", "application/json");

        Assert.NotEqual(HttpStatusCode.Found, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_browser_get_with_a_query_is_left_to_the_graphql_endpoint()
    {
        var response = await Get("/graphql?query=%7B__typename%7D", BrowserAccept);

        Assert.Null(response.Headers.Location);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_post_to_graphql_is_not_answered_by_the_ide()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", MediaTypeHeaderValue.Parse("application/json")),
        };
        request.Headers.Accept.ParseAdd(BrowserAccept);

        var response = await _client.SendAsync(request);

        Assert.Null(response.Headers.Location);
        Assert.NotEqual("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Content-Security-Policy"));
    }
}
