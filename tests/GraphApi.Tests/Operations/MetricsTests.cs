using System.Net;
using System.Text.RegularExpressions;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Operations;

public sealed class MetricsTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _root = new();

    private const string HitDuration = "graphapi_operation_duration_seconds_count\\{[^}]*graphapi_cache_status=\"hit\"[^}]*graphql_operation_name=\"ClauseTitle\"[^}]*\\} 1";

    [Fact]
    public async Task With_prometheus_on_metrics_shows_the_operation_duration_store_calls_cache_answers_and_graph_version()
    {
        var app = _root.WithWebHostBuilder(host => host.UseSetting("Telemetry:Prometheus", "true"));
        var client = new GraphQLClient(app.CreateClient());
        var query = "query ClauseTitle { clause(number: \"3.2.3\") { title } }";
        // The operation's name from the document, also for the cached answer.
        await client.PostAsync(new { query });
        await client.PostAsync(new { query });

        // The duration is recorded as the request ends, which can be just after the client has read the answer.
        var scraper = app.CreateClient();
        HttpResponseMessage response;
        string text;
        var tries = 0;
        do
        {
            if (tries++ > 0) await Task.Delay(100);
            response = await scraper.GetAsync("/metrics");
            text = await response.Content.ReadAsStringAsync();
        } while (tries < 50 && !Regex.IsMatch(text, HitDuration));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
        Assert.Matches("graphapi_operation_duration_seconds_count\\{[^}]*graphapi_cache_status=\"miss\"[^}]*graphql_operation_name=\"ClauseTitle\"[^}]*\\} 1", text);
        Assert.Matches(HitDuration, text);
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
