using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.BananaCakePop;

/// <summary>The IDE's own files, installed from npm at build time and served under /graphql/.</summary>
public sealed partial class IdeFilesTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_ide_folder_serves_the_ides_index_html_as_html()
    {
        var response = await _client.GetAsync("/graphql/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"root\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Every_script_that_index_html_loads_is_served_as_javascript()
    {
        var scripts = ScriptSource().Matches(await _client.GetStringAsync("/graphql/")).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var response = await _client.GetAsync("/graphql/" + script);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(response.Content.Headers.ContentType?.MediaType, new[] { "text/javascript", "application/javascript" });
        }
    }

    [Fact]
    public async Task The_ides_page_tells_the_browser_to_load_nothing_from_other_hosts()
    {
        var response = await _client.GetAsync("/graphql/");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'self';", policy);
        Assert.DoesNotContain("http", policy);
    }

    [Fact]
    public async Task The_npm_package_manifest_is_not_served()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/graphql/package.json")).StatusCode);
    }

    [GeneratedRegex("<script[^>]*\\ssrc=\"([^\"]+)\"")]
    private static partial Regex ScriptSource();
}
