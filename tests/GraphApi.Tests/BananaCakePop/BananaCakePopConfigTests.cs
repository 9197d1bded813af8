using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.BananaCakePop;

/// <summary>The bcp-config.json that the server writes for the IDE.</summary>
public sealed class BananaCakePopConfigTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Config()
    {
        using var json = JsonDocument.Parse(await _client.GetStringAsync("/graphql/bcp-config.json"));
        return json.RootElement.Clone();
    }

    [Fact]
    public async Task The_config_points_the_ide_at_the_graphql_endpoint_of_the_server_it_came_from()
    {
        var config = await Config();

        Assert.Equal(new Uri(_client.BaseAddress!, "/graphql").ToString(), config.GetProperty("endpoint").GetString());
        Assert.False(config.GetProperty("useBrowserUrlAsEndpoint").GetBoolean());
    }

    [Fact]
    public async Task The_config_turns_the_ides_telemetry_off_and_names_no_analytics_id()
    {
        var config = await Config();

        Assert.True(config.GetProperty("disableTelemetry").GetBoolean());
        Assert.False(config.TryGetProperty("gaTrackingId", out _));
    }

    [Fact]
    public async Task The_config_titles_the_ide_after_the_graph()
    {
        Assert.Equal("Flemish digital policy graph", (await Config()).GetProperty("title").GetString());
    }
}
