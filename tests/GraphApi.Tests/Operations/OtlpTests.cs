using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Operations;

public sealed class OtlpTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _root = new();

    [Theory]
    [InlineData("grpc")]
    [InlineData("http/protobuf")]
    public async Task A_collector_that_is_down_neither_fails_nor_slows_a_request(string protocol)
    {
        var app = _root.WithWebHostBuilder(host => host
            .UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", $"http://127.0.0.1:{ClosedPort()}")
            .UseSetting("OTEL_EXPORTER_OTLP_PROTOCOL", protocol)
            // Exports are tried every 10 ms, so that many fail while the requests run.
            .UseSetting("OTEL_BSP_SCHEDULE_DELAY", "10")
            .UseSetting("OTEL_METRIC_EXPORT_INTERVAL", "10"));
        var client = new GraphQLClient(app.CreateClient());
        await client.PostAsync(new { query = "{ clause(number: \"3.2.3\") { title } }" });

        var slowest = TimeSpan.Zero;
        for (var i = 0; i < 30; i++)
        {
            var clock = Stopwatch.StartNew();
            var answer = await client.PostAsync(new { query = $"{{ r{i}: clause(number: \"3.2.3\") {{ title }} }}" });
            slowest = TimeSpan.FromTicks(Math.Max(slowest.Ticks, clock.Elapsed.Ticks));
            Assert.Equal(HttpStatusCode.OK, answer.Status);
        }

        // An export waiting on the collector would take its timeout (10 s by default) or at least a connect attempt.
        Assert.True(slowest < TimeSpan.FromSeconds(2), $"the slowest request took {slowest.TotalMilliseconds} ms");
    }

    [Theory]
    [InlineData("collector:4317")]
    [InlineData("not a url")]
    [InlineData("ftp://collector")]
    public void An_endpoint_that_is_not_an_http_url_stops_start_up_naming_it(string endpoint)
    {
        var app = _root.WithWebHostBuilder(host => host.UseSetting("OTEL_EXPORTER_OTLP_ENDPOINT", endpoint));

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains($"OTEL_EXPORTER_OTLP_ENDPOINT '{endpoint}'", error.Message);
    }

    public void Dispose() => _root.Dispose();

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
