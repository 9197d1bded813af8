using System.Net;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Operations;

public sealed class MetricsTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _root = new();

    [Fact]
    public async Task With_prometheus_on_metrics_shows_the_operation_duration_store_calls_cache_answers_and_graph_version()
    {
        var app = _root.WithWebHostBuilder(host => host.UseSetting("Telemetry:Prometheus", "true"));
        var client = new GraphQLClient(app.CreateClient());
        var query = "query ClauseTitle { clause(number: \"3.2.3\") { title } }";
        await client.PostAsync(new { query, operationName = "ClauseTitle" });
        await client.PostAsync(new { query, operationName = "ClauseTitle" });

        var response = await app.CreateClient().GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
        Assert.Matches("graphapi_operation_duration_seconds_count\\{[^}]*graphapi_cache_status=\"miss\"[^}]*graphql_operation_name=\"ClauseTitle\"[^}]*\\} 1", text);
        Assert.Matches("graphapi_operation_duration_seconds_count\\{[^}]*graphapi_cache_status=\"hit\"[^}]*graphql_operation_name=\"ClauseTitle\"[^}]*\\} 1", text);
        Assert.Matches("graphapi_store_calls_total\\{[^}]*graphql_operation_name=\"ClauseTitle\"[^}]*\\} [1-9]", text);
        Assert.Matches("graphapi_cache_lookups_total\\{[^}]*graphapi_cache_status=\"hit\"[^}]*\\} [1-9]", text);
        Assert.Matches("graphapi_graph_version\\{[^}]*graphapi_graph_version=\"[0-9a-f]+\"[^}]*\\} 1", text);
        Assert.Contains("http_server_request_duration_seconds", text);
    }

    [Fact]
    public async Task Without_the_setting_there_is_no_metrics_endpoint()
    {
        var response = await _root.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public void Dispose() => _root.Dispose();
}
