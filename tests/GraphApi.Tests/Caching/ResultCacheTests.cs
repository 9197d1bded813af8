using System.Net;
using GraphApi.Caching;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

using static GraphApi.Tests.Caching.CachedQueries;

namespace GraphApi.Tests.Caching;

/// <summary>The result cache against a real Redis, through the HTTP endpoint with the real schema and seeds.</summary>
public sealed class ResultCacheTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    [Fact]
    public async Task A_second_identical_query_is_a_hit_with_the_same_answer()
    {
        var client = Client(redis.Instance());
        var query = ClauseQuery(RedisFixture.Alias());

        var first = await client.PostAsync(new { query, variables = new { n = "3.2.3" } });
        var second = await client.PostAsync(new { query, variables = new { n = "3.2.3" } });

        Assert.Equal(("miss", "hit"), (Cache(first), Cache(second)));
        Assert.Equal(first.Data.GetRawText(), second.Data.GetRawText());
        Assert.Contains(ClauseTitle, second.Data.GetRawText());
    }

    [Fact]
    public async Task The_same_query_written_differently_is_a_hit()
    {
        var client = Client(redis.Instance());
        var alias = RedisFixture.Alias();

        await client.PostAsync(new { query = $"{{ {alias}: clause(number: \"3.2.3\") {{ title }} }}" });
        var respaced = await client.GetAsync($"# the clause\n{{\n  {alias}: clause(number: \"3.2.3\") {{\n    title\n  }}\n}}");

        Assert.Equal("hit", Cache(respaced));
    }

    [Fact]
    public async Task Different_variables_miss()
    {
        var client = Client(redis.Instance());
        var query = ClauseQuery(RedisFixture.Alias());

        await client.PostAsync(new { query, variables = new { n = "3.2.3" } });
        var other = await client.PostAsync(new { query, variables = new { n = "9.9.9" } });

        Assert.Equal("miss", Cache(other));
    }

    [Fact]
    public async Task A_second_api_instance_gets_the_hit_from_redis()
    {
        var (one, two) = (redis.Instance(), redis.Instance());
        var query = ClauseQuery(RedisFixture.Alias());

        await Client(one).PostAsync(new { query, variables = new { n = "3.2.3" } });
        var answer = await Client(two).PostAsync(new { query, variables = new { n = "3.2.3" } });

        Assert.Equal("hit", Cache(answer));
        Assert.Equal((1, 0), (Counters(two).RedisHits, Counters(two).MemoryHits));
        Assert.Contains(ClauseTitle, answer.Data.GetRawText());
    }

    [Fact]
    public async Task A_reloaded_graph_gets_new_keys_and_never_the_old_answer()
    {
        using var seeds = new SeedsWithRenamedClause("Radicaal Digitaal II Deze", "Radicaal Digitaal III Deze");
        var (before, after) = (redis.Instance(), redis.Instance(("Graph:Seeds", seeds.Folder)));
        var query = ClauseQuery(RedisFixture.Alias());

        await Client(before).PostAsync(new { query, variables = new { n = "3.2.3" } });
        var reloaded = await Client(after).PostAsync(new { query, variables = new { n = "3.2.3" } });

        Assert.Equal("miss", Cache(reloaded));
        Assert.Contains("Radicaal Digitaal III", reloaded.Data.GetRawText());
    }

    [Fact]
    public async Task Concurrent_identical_queries_are_executed_once()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var query = ClauseQuery(RedisFixture.Alias());

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.PostAsync(new { query, variables = new { n = "3.2.3" } })));

        Assert.All(answers, answer => Assert.Contains(ClauseTitle, answer.Data.GetRawText()));
        var counters = Counters(instance);
        Assert.Equal((1, 19), (counters.Misses, counters.MemoryHits + counters.RedisHits));
    }

    [Fact]
    public async Task A_response_with_errors_is_not_cached()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var query = $"{{ {RedisFixture.Alias()}: clause(number: \"3.2.3\") {{ noSuchField }} }}";

        var first = await client.PostAsync(new { query });
        var second = await client.PostAsync(new { query });

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(("(none)", "(none)"), (Cache(first), Cache(second)));
        Assert.Equal((0, 0, 0), (Counters(instance).Misses, Counters(instance).MemoryHits, Counters(instance).RedisHits));
    }

    [Fact]
    public async Task Variables_over_the_limit_are_answered_without_the_cache()
    {
        var client = Client(redis.Instance(("Cache:MaxVariablesBytes", "64")));
        var query = ClauseQuery(RedisFixture.Alias());
        var large = new { n = "3.2.3" + new string(' ', 100) };

        var first = await client.PostAsync(new { query, variables = large });
        var second = await client.PostAsync(new { query, variables = large });
        var small = await client.PostAsync(new { query, variables = new { n = "3.2.3" } });

        Assert.Equal(("(none)", "(none)", "miss"), (Cache(first), Cache(second), Cache(small)));
    }

    [Fact]
    public async Task With_result_caching_off_every_query_is_executed_and_nothing_is_counted()
    {
        var instance = redis.Instance(("Cache:Results", "false"));
        var client = Client(instance);
        var query = ClauseQuery(RedisFixture.Alias());

        var first = await client.PostAsync(new { query, variables = new { n = "3.2.3" } });
        var second = await client.PostAsync(new { query, variables = new { n = "3.2.3" } });

        Assert.Equal(("(none)", "(none)"), (Cache(first), Cache(second)));
        Assert.Contains(ClauseTitle, second.Data.GetRawText());
        Assert.Equal(0, Counters(instance).Misses + Counters(instance).MemoryHits);
    }

    [Fact]
    public async Task A_debugging_request_is_executed_even_when_cached()
    {
        var client = Client(redis.Instance());
        var query = ClauseQuery(RedisFixture.Alias());

        await client.PostAsync(new { query, variables = new { n = "3.2.3" } });
        var debugged = await client.PostAsync(new { query, variables = new { n = "3.2.3" } }, GraphQLClient.Recommended, ("X-GraphQL-Debug", "1"));

        Assert.Equal("miss", Cache(debugged));
        Assert.True(debugged.Json.GetProperty("extensions").GetProperty("storeCalls").GetInt32() > 0);
    }

    [Fact]
    public async Task The_readiness_probe_is_healthy_with_redis_up()
    {
        var response = await redis.Instance().CreateClient().GetAsync("/health/ready");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    [Theory]
    [InlineData("Cache:TimeToLiveSeconds", "0", "Cache:TimeToLiveSeconds must be more than 0")]
    [InlineData("Cache:MemoryMegabytes", "-1", "Cache:MemoryMegabytes must not be negative")]
    public void A_setting_out_of_range_stops_start_up_naming_it(string name, string value, string message)
    {
        var error = Assert.ThrowsAny<Exception>(() => redis.Instance((name, value)).CreateClient());

        Assert.Contains(message, error.ToString());
    }
}
