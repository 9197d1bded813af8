using System.Diagnostics;
using System.Net;
using GraphApi.Caching;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Caching;

/// <summary>Redis going away and coming back, with a redis-server of the test's own that it stops and starts.</summary>
public sealed class RedisOutageTests : IDisposable
{
    private const string ClauseTitle = "ICT en Informatie Programma Vlaanderen Radicaal Digitaal II";

    private readonly RedisServer _server = new();
    private readonly WebApplicationFactory<Program> _root = new();
    private readonly RecordingLoggerProvider _log = new(typeof(CacheCounters).Namespace + ".RedisAvailability");

    private WebApplicationFactory<Program> Instance() => _root.WithWebHostBuilder(host => host
        .UseSetting("Redis:Configuration", _server.Configuration)
        .ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(_log))));

    /// <summary>A second instance on the same Redis, whose logs are not counted.</summary>
    private WebApplicationFactory<Program> Other() =>
        _root.WithWebHostBuilder(host => host.UseSetting("Redis:Configuration", _server.Configuration));

    [Fact]
    public async Task Redis_stopped_in_the_middle_of_1000_requests_loses_none_and_the_cache_comes_back_by_itself()
    {
        var instance = Instance();
        var client = new GraphQLClient(instance.CreateClient());
        var counters = instance.Services.GetRequiredService<CacheCounters>();
        var answered = 0;
        var failures = new List<string>();

        // Every request is a new query, so that each one needs Redis (or bypasses it) rather than this process's memory.
        await Parallel.ForEachAsync(Enumerable.Range(0, 1000), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            var answer = await client.PostAsync(new { query = $"{{ r{i}: clause(number: \"3.2.3\") {{ title }} }}" });
            var title = answer.Status == HttpStatusCode.OK && answer.HasData ? answer.Data.GetProperty($"r{i}").GetProperty("title").GetString() : null;
            if (title != ClauseTitle)
                lock (failures) failures.Add($"request {i}: {answer.Status} {answer.Json}");
            switch (Interlocked.Increment(ref answered))
            {
                case 300: _server.Stop(); break;
                case 700: _server.Start(); break;
            }
        });

        Assert.Empty(failures);
        Assert.True(counters.Bypasses > 0, "no request bypassed the cache while Redis was stopped");
        var other = Other();
        await Eventually(() => IsSharedHit(instance, other));
        Assert.Equal(1, _log.Entries.Count(e => e.Level == LogLevel.Warning));
        Assert.Equal(1, _log.Entries.Count(e => e.Level == LogLevel.Information));
    }

    [Fact]
    public async Task With_redis_down_at_start_queries_are_answered_the_probe_says_degraded_and_the_cache_comes_back()
    {
        _server.Stop();
        var instance = Instance();
        var client = new GraphQLClient(instance.CreateClient());

        var first = await client.PostAsync(new { query = "{ clause(number: \"3.2.3\") { title } }" });
        var ready = await instance.CreateClient().GetAsync("/health/ready");

        Assert.Equal("bypass", first.Json.GetProperty("extensions").GetProperty("cache").GetString());
        Assert.Contains(ClauseTitle, first.Data.GetRawText());
        Assert.Equal((HttpStatusCode.OK, "Degraded"), (ready.StatusCode, await ready.Content.ReadAsStringAsync()));

        _server.Start();
        var other = Other();
        await Eventually(() => IsSharedHit(instance, other));
        var healthy = await instance.CreateClient().GetAsync("/health/ready");
        Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync());
    }

    /// <summary>Whether a new query sent to this instance is found in Redis by another instance: the shared cache works.</summary>
    private static async Task<bool> IsSharedHit(WebApplicationFactory<Program> instance, WebApplicationFactory<Program> other)
    {
        var query = $"{{ {RedisFixture.Alias()}: clause(number: \"3.2.3\") {{ number }} }}";
        var stored = await new GraphQLClient(instance.CreateClient()).PostAsync(new { query });
        if (stored.Json.GetProperty("extensions").GetProperty("cache").GetString() != "miss")
            return false;
        var answer = await new GraphQLClient(other.CreateClient()).PostAsync(new { query });
        return answer.Json.GetProperty("extensions").GetProperty("cache").GetString() == "hit";
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the cache did not come back within 60 s of Redis restarting");
            await Task.Delay(250);
        }
    }

    public void Dispose()
    {
        _root.Dispose();
        _server.Dispose();
    }
}
