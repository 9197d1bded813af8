using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Operations;

public sealed class RateLimitTests : IDisposable
{
    private const string Client = "203.0.113.7";

    private readonly WebApplicationFactory<Program> _root = new();

    private WebApplicationFactory<Program> App(int permitsPerSecond, int burst) => _root.WithWebHostBuilder(host => host
        .UseSetting("RateLimit:PermitsPerSecond", permitsPerSecond.ToString())
        .UseSetting("RateLimit:Burst", burst.ToString())
        .ConfigureServices(services => services.AddTransient<IStartupFilter, ClientAddress>()));

    [Fact]
    public async Task A_burst_past_the_limit_gets_429s_with_retry_after_which_stop_once_the_bucket_refills()
    {
        var http = App(permitsPerSecond: 2, burst: 5).CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 12; i++)
        {
            var response = await PostAsync(http, Client);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests) refused ??= response;
        }
        var probe = await Send(http, HttpMethod.Get, "/health/live", Client);
        var other = await PostAsync(http, "198.51.100.1");
        Assert.NotNull(refused);
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        await Task.Delay(TimeSpan.FromSeconds(retryAfter) + TimeSpan.FromMilliseconds(200));
        var after = await PostAsync(http, Client);

        Assert.All(statuses.Take(5), status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.True(statuses.Count(s => s == HttpStatusCode.TooManyRequests) >= 3, string.Join(", ", statuses));
        Assert.InRange(retryAfter, 1, 5);
        var error = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains(Client, error.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task With_permits_per_second_0_there_is_no_limit()
    {
        var http = App(permitsPerSecond: 0, burst: 1).CreateClient();

        var statuses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PostAsync(http, Client)).Select(async r => (await r).StatusCode));

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Theory]
    [InlineData("RateLimit:PermitsPerSecond", "-1")]
    [InlineData("RateLimit:Burst", "0")]
    [InlineData("RateLimit:PermitsPerSecond", "fast")]
    public void An_out_of_range_setting_stops_start_up_naming_the_setting_and_the_value(string key, string value)
    {
        var app = _root.WithWebHostBuilder(host => host.UseSetting(key, value));

        var error = Assert.Throws<InvalidOperationException>(() => app.CreateClient());

        Assert.Contains($"{key} '{value}'", error.Message);
    }

    public void Dispose() => _root.Dispose();

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string client)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("{\"query\":\"{ clause(number: \\\"3.2.3\\\") { title } }\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        message.Headers.Add(ClientAddress.Header, client);
        return http.SendAsync(message);
    }

    private static Task<HttpResponseMessage> Send(HttpClient http, HttpMethod method, string path, string client)
    {
        var message = new HttpRequestMessage(method, path);
        message.Headers.Add(ClientAddress.Header, client);
        return http.SendAsync(message);
    }
}
