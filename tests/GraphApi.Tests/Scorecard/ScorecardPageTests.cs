using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Scorecard;

/// <summary>The promise tracker's page and files, served by the API under its Content-Security-Policy.</summary>
public sealed partial class ScorecardPageTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Policy = "default-src 'self'";

    private readonly HttpClient _client = factory.CreateClient();

    [GeneratedRegex("<script([^>]*)>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("""(?:src|href)="(/scorecard/assets/[^"]+)"\s""")]
    private static partial Regex AssetReference();

    [Theory]
    [InlineData("/scorecard")]
    [InlineData("/scorecard/3.2.3")]
    [InlineData("/scorecard/9.9.9")]
    public async Task The_page_is_served_as_html_in_dutch_under_the_policy_at_every_scorecard_address(string address)
    {
        var response = await _client.GetAsync(address);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Policy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("<html lang=\"nl\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_has_no_inline_script_and_every_file_it_loads_is_served_under_the_policy_with_its_type()
    {
        var html = await _client.GetStringAsync("/scorecard/3.2.3");
        var scripts = ScriptTag().Matches(html).Select(m => m.Groups[1].Value).ToList();
        var assets = AssetReference().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.NotEmpty(scripts);
        Assert.All(scripts, attributes => Assert.Contains("src=\"/scorecard/assets/", attributes));
        Assert.Contains("/scorecard/assets/lib/charts.js", assets);
        foreach (var asset in assets)
        {
            var response = await _client.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {response.StatusCode}");
            Assert.Equal(Policy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal(asset.EndsWith(".css") ? "text/css" : "text/javascript", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task The_chart_bundle_is_served_with_the_licence_of_every_package_in_it()
    {
        var licences = await _client.GetStringAsync("/scorecard/assets/lib/charts.licenses.txt");

        foreach (var package in new[] { "vega 6.4.0 (BSD-3-Clause)", "vega-lite 6.5.0 (BSD-3-Clause)", "vega-interpreter 2.3.2 (BSD-3-Clause)", "d3-scale " })
            Assert.Contains(package, licences);
        Assert.Contains("Permission to use, copy, modify, and/or distribute", licences);
    }

    [Fact]
    public async Task A_file_the_page_does_not_have_is_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/scorecard/assets/nothing.js")).StatusCode);
    }
}
