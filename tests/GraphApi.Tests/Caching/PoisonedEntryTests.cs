using GraphApi.Caching;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace GraphApi.Tests.Caching;

/// <summary>An entry in Redis that is not one the cache wrote; on a Redis of its own, so that its only key is the test's.</summary>
public sealed class PoisonedEntryTests : IDisposable
{
    private readonly RedisServer _server = new();
    private readonly WebApplicationFactory<Program> _root = new();

    private WebApplicationFactory<Program> Instance() =>
        _root.WithWebHostBuilder(host => host.UseSetting("Redis:Configuration", _server.Configuration));

    [Theory]
    [InlineData("garbage")]
    [InlineData("GQLR\u0001 cut short")]
    public async Task An_unreadable_entry_is_a_miss_and_is_replaced(string poison)
    {
        const string query = "{ clause(number: \"3.2.3\") { title } }";
        var expected = (await new GraphQLClient(Instance().CreateClient()).PostAsync(new { query })).Data.GetRawText();
        await using (var redis = await ConnectionMultiplexer.ConnectAsync(_server.Configuration))
        {
            var key = Assert.Single(redis.GetServer(_server.Configuration).Keys(pattern: "graphapi:result:*"));
            await redis.GetDatabase().HashSetAsync(key, "data", poison);
        }

        var poisoned = Instance();
        var answer = await new GraphQLClient(poisoned.CreateClient()).PostAsync(new { query });
        var afterwards = Instance();
        var again = await new GraphQLClient(afterwards.CreateClient()).PostAsync(new { query });

        Assert.Equal("miss", answer.Json.GetProperty("extensions").GetProperty("cache").GetString());
        Assert.Equal(expected, answer.Data.GetRawText());
        Assert.Equal(1, poisoned.Services.GetRequiredService<CacheCounters>().UnreadableEntries);
        Assert.Equal(1, afterwards.Services.GetRequiredService<CacheCounters>().RedisHits);
        Assert.Equal(expected, again.Data.GetRawText());
    }

    public void Dispose()
    {
        _root.Dispose();
        _server.Dispose();
    }
}
