using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Http;

/// <summary>A browser application on another origin calls the API: preflight and actual request, by default and with Cors:AllowedOrigins.</summary>
public sealed class CorsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string App = "https://app.example.org";

    private WebApplicationFactory<Program> Narrowed() => factory.WithWebHostBuilder(host => host
        .UseSetting("Cors:AllowedOrigins:0", App)
        .UseSetting("Cors:AllowedOrigins:1", "http://localhost:3000"));

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    [Fact]
    public async Task A_preflight_from_any_origin_is_allowed_by_default()
    {
        var response = await factory.CreateClient().SendAsync(Preflight("https://anyone.example.net"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET,POST", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal("content-type", Header(response, "Access-Control-Allow-Headers"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_preflight_asking_for_another_method_is_told_only_get_and_post_so_the_browser_refuses_it()
    {
        var request = Preflight(App);
        request.Headers.Remove("Access-Control-Request-Method");
        request.Headers.Add("Access-Control-Request-Method", "DELETE");

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal("GET,POST", Header(response, "Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task A_post_from_a_browser_carries_the_allowed_origin_and_no_credentials_header()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ clause(number: \"3.2.3\") { number } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", App);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("3.2.3", await response.Content.ReadAsStringAsync());
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_narrowed_list_allows_its_origins_and_echoes_them()
    {
        var response = await Narrowed().CreateClient().SendAsync(Preflight(App));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(App, Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("GET,POST", Header(response, "Access-Control-Allow-Methods"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_narrowed_list_refuses_other_origins()
    {
        var client = Narrowed().CreateClient();

        var preflight = await client.SendAsync(Preflight("https://elsewhere.example.net"));
        var get = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ clauses { number } }"));
        get.Headers.Add("Origin", "https://elsewhere.example.net");
        var actual = await client.SendAsync(get);

        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Null(Header(preflight, "Access-Control-Allow-Methods"));
        Assert.Null(Header(actual, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("app.example.org")]
    [InlineData("https://app.example.org/graphql")]
    [InlineData("ftp://app.example.org")]
    public void An_origin_that_is_not_an_absolute_url_stops_start_up_naming_the_setting_and_value(string origin)
    {
        var broken = factory.WithWebHostBuilder(host => host.UseSetting("Cors:AllowedOrigins:0", origin));

        var error = Assert.Throws<InvalidOperationException>(() => broken.CreateClient());

        Assert.Contains($"Cors:AllowedOrigins:0 '{origin}'", error.Message);
    }
}
