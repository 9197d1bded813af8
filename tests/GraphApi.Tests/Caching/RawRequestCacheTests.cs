using System.Security.Cryptography;
using System.Text;
using GraphApi.Caching;
using GraphApi.Corpus;
using GraphApi.Graph;
using GraphApi.Stores;
using GraphApi.Stores.Embedded;
using GraphApi.Stores.Filters;
using GraphApi.Telemetry;
using GraphApi.Tests.Http;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

using static GraphApi.Tests.Caching.CachedQueries;

namespace GraphApi.Tests.Caching;

/// <summary>
/// The result cache's first lookup, on the request as it arrived (a POST body's bytes, a GET's query string), through
/// the HTTP endpoint with the real schema and seeds, in front of a real Redis.
/// </summary>
public sealed class RawRequestCacheTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static string Body(string query, string number) => $"{{\"query\":\"{query.Replace("\"", "\\\"")}\",\"variables\":{{\"n\":\"{number}\"}}}}";

    [Fact]
    public async Task A_repeated_identical_body_is_answered_from_its_bytes_with_the_same_response()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var body = Body(ClauseQuery(RedisFixture.Alias()), "3.2.3");

        var first = await client.PostRawAsync(body);
        var second = await client.PostRawAsync(body);

        Assert.Equal(("miss", "hit"), (Cache(first), Cache(second)));
        Assert.Equal((first.Status, first.ContentType), (second.Status, second.ContentType));
        Assert.Equal(first.Data.GetRawText(), second.Data.GetRawText());
        Assert.Contains(ClauseTitle, second.Data.GetRawText());
        Assert.Equal((1, 1), (Counters(instance).RawHits, Counters(instance).MemoryHits));
    }

    [Fact]
    public async Task The_same_bytes_asked_for_as_application_json_are_a_hit_answered_as_application_json()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var body = Body(ClauseQuery(RedisFixture.Alias()), "3.2.3");

        var first = await client.PostRawAsync(body);
        var json = await client.PostRawAsync(body, accept: "application/json");

        Assert.Equal(("hit", "application/json; charset=utf-8"), (Cache(json), json.ContentType));
        Assert.Equal(first.Data.GetRawText(), json.Data.GetRawText());
        Assert.Equal(1, Counters(instance).RawHits);
    }

    [Fact]
    public async Task A_body_differing_only_in_spacing_is_a_hit_by_the_normalised_key_and_then_by_its_bytes()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var alias = RedisFixture.Alias();
        var respaced = Body($"query($n: String!) {{\\n  {alias}: clause(number: $n) {{\\n    title\\n  }}\\n}}", "3.2.3");

        await client.PostRawAsync(Body(ClauseQuery(alias), "3.2.3"));
        var normalised = await client.PostRawAsync(respaced);
        var rawHitsAfterNormalised = Counters(instance).RawHits;
        var raw = await client.PostRawAsync(respaced);

        Assert.Equal(("hit", "hit"), (Cache(normalised), Cache(raw)));
        Assert.Equal((0, 1, 2), (rawHitsAfterNormalised, Counters(instance).RawHits, Counters(instance).MemoryHits));
        Assert.Equal(normalised.Data.GetRawText(), raw.Data.GetRawText());
    }

    [Fact]
    public async Task Different_variables_are_not_a_hit_of_each_other()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var query = ClauseQuery(RedisFixture.Alias());

        await client.PostRawAsync(Body(query, "3.2.3"));
        await client.PostRawAsync(Body(query, "3.2.3"));
        var other = await client.PostRawAsync(Body(query, "9.9.9"));

        Assert.Equal("miss", Cache(other));
        Assert.Equal(JsonNull, other.Data.EnumerateObject().Single().Value.GetRawText());
        Assert.Equal(1, Counters(instance).RawHits);
    }

    [Fact]
    public async Task Another_operation_name_in_the_same_document_is_not_a_hit_of_the_other()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var alias = RedisFixture.Alias();
        var document = $"query Title {{ {alias}: clause(number: \"3.2.3\") {{ title }} }} query Number {{ {alias}: clause(number: \"3.2.3\") {{ number }} }}";

        await client.PostAsync(new { query = document, operationName = "Title" });
        await client.PostAsync(new { query = document, operationName = "Title" });
        var number = await client.PostAsync(new { query = document, operationName = "Number" });

        Assert.Equal("miss", Cache(number));
        Assert.Equal("{\"number\":\"3.2.3\"}", number.Data.GetProperty(alias).GetRawText());
        Assert.Equal(1, Counters(instance).RawHits);
    }

    [Fact]
    public async Task A_repeated_get_is_answered_from_its_query_string()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var parameters = new[] { ("query", ClauseQuery(RedisFixture.Alias())), ("variables", "{\"n\":\"3.2.3\"}") };

        var first = await client.GetAsync(parameters);
        var second = await client.GetAsync(parameters);

        Assert.Equal(("miss", "hit"), (Cache(first), Cache(second)));
        Assert.Equal(first.Data.GetRawText(), second.Data.GetRawText());
        Assert.Equal(1, Counters(instance).RawHits);
    }

    [Fact]
    public async Task A_hit_from_redis_is_remembered_by_the_bytes_of_the_request()
    {
        var (one, two) = (redis.Instance(), redis.Instance());
        var body = Body(ClauseQuery(RedisFixture.Alias()), "3.2.3");

        await Client(one).PostRawAsync(body);
        var fromRedis = await Client(two).PostRawAsync(body);
        var fromMemory = await Client(two).PostRawAsync(body);

        Assert.Equal(("hit", "hit"), (Cache(fromRedis), Cache(fromMemory)));
        Assert.Equal((1, 1), (Counters(two).RedisHits, Counters(two).RawHits));
    }

    [Fact]
    public async Task A_debugging_request_is_executed_even_after_the_same_bytes_were_answered_and_is_never_remembered()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var body = Body(ClauseQuery(RedisFixture.Alias()), "3.2.3");
        var debugBody = body[..^1] + ",\"extensions\":{\"debug\":true}}";

        await client.PostRawAsync(body);
        var byHeader = await client.PostRawAsync(body, headers: [("X-GraphQL-Debug", "1")]);
        var byExtension = await client.PostRawAsync(debugBody);
        var byExtensionAgain = await client.PostRawAsync(debugBody);

        foreach (var debugged in new[] { byHeader, byExtension, byExtensionAgain })
        {
            Assert.Equal("miss", Cache(debugged));
            Assert.True(debugged.Json.GetProperty("extensions").GetProperty("storeCalls").GetInt32() > 0);
        }
        Assert.Equal(0, Counters(instance).RawHits);
    }

    [Fact]
    public async Task A_persisted_query_sent_by_hash_alone_is_answered_and_then_hit_by_its_bytes()
    {
        var instance = redis.Instance();
        var client = Client(instance);
        var query = ClauseQuery(RedisFixture.Alias());
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));
        var persisted = new { persistedQuery = new { version = 1, sha256Hash = hash } };

        var notFound = await client.PostAsync(new { variables = new { n = "3.2.3" }, extensions = persisted });
        await client.PostAsync(new { query, variables = new { n = "3.2.3" }, extensions = persisted });
        var byHash = await client.PostAsync(new { variables = new { n = "3.2.3" }, extensions = persisted });
        var byHashAgain = await client.PostAsync(new { variables = new { n = "3.2.3" }, extensions = persisted });

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", notFound.FirstErrorCode);
        Assert.Equal(("hit", "hit"), (Cache(byHash), Cache(byHashAgain)));
        Assert.Contains(ClauseTitle, byHashAgain.Data.GetRawText());
        Assert.Equal(1, Counters(instance).RawHits);
    }

    [Fact]
    public async Task A_reloaded_graph_never_gets_the_answer_kept_for_the_same_bytes_before()
    {
        using var renamed = new SeedsWithRenamedClause("Radicaal Digitaal II Deze", "Radicaal Digitaal III Deze");
        using var store = new ReloadableStore(new EmbeddedGraphStore(CorpusIngestor.Ingest(RepoPaths.Seeds).Graph));
        var instance = redis.Instance().WithWebHostBuilder(host => host.ConfigureServices(services => services.AddSingleton<IGraphStore>(store)));
        var client = Client(instance);
        var body = Body(ClauseQuery(RedisFixture.Alias()), "3.2.3");

        await client.PostRawAsync(body);
        var before = await client.PostRawAsync(body);
        store.Reload(new EmbeddedGraphStore(CorpusIngestor.Ingest(renamed.Folder).Graph));
        var after = await client.PostRawAsync(body);

        Assert.Equal(("hit", "miss"), (Cache(before), Cache(after)));
        Assert.Contains("Radicaal Digitaal III", after.Data.GetRawText());
        Assert.Equal(1, Counters(instance).RawHits);
    }

    [Fact]
    public async Task Another_schema_never_gets_the_answer_kept_for_the_same_bytes_before()
    {
        var schemas = new SwitchedSchema(new TestSchema());
        var instance = redis.Instance().WithWebHostBuilder(host => host.ConfigureServices(services => services.AddScoped(_ => schemas.Current)));
        var client = Client(instance);
        var body = $"{{\"query\":\"{{ {RedisFixture.Alias()}: hello(name: \\\"raw\\\") }}\"}}";

        await client.PostRawAsync(body);
        var before = await client.PostRawAsync(body);
        schemas.Current = new TestSchemaWithGoodbye();
        var after = await client.PostRawAsync(body);

        Assert.Equal(("hit", "miss"), (Cache(before), Cache(after)));
        Assert.Equal(1, Counters(instance).RawHits);
    }

    [Fact]
    public async Task A_hit_by_the_bytes_of_the_request_is_logged_with_its_operation_name_and_cache_status()
    {
        var log = new RecordingLoggerProvider(RequestLog.Category);
        var instance = redis.Instance().WithWebHostBuilder(host => host.ConfigureServices(services => services.AddLogging(logging => logging.AddProvider(log))));
        var body = Body($"query ClauseTitle($n: String!) {{ {RedisFixture.Alias()}: clause(number: $n) {{ title }} }}", "3.2.3");

        await Client(instance).PostRawAsync(body);
        await Client(instance).PostRawAsync(body);

        Assert.Equal(1, Counters(instance).RawHits);
        Assert.Matches(@"^POST /graphql 200 in \d+\.\d ms from -: query ClauseTitle, 0 store calls, cache hit, 0 errors$", log.Entries[^1].Message);
    }

    private const string JsonNull = "null";

    /// <summary>Stands for Neo4j after the <c>load</c> of an edited corpus: the same store, answering from another graph.</summary>
    private sealed class ReloadableStore(EmbeddedGraphStore first) : IGraphStore, IDisposable
    {
        private readonly List<EmbeddedGraphStore> _all = [first];

        private EmbeddedGraphStore Current => _all[^1];

        public void Reload(EmbeddedGraphStore next) => _all.Add(next);

        public string Version => Current.Version;

        public Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken) =>
            Current.GetNodesAsync(ids, cancellationToken);

        public Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken cancellationToken) => Current.FindNodesAsync(query, cancellationToken);

        public Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, EdgeQuery query, CancellationToken cancellationToken) =>
            Current.GetEdgesAsync(nodeIds, query, cancellationToken);

        public Task<IReadOnlyDictionary<string, NodePage>> GetRelatedPagesAsync(IReadOnlyCollection<string> nodeIds, RelatedQuery query, CancellationToken cancellationToken) =>
            Current.GetRelatedPagesAsync(nodeIds, query, cancellationToken);

        public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken) => Current.SearchAsync(query, cancellationToken);

        public Task<GraphPath?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken cancellationToken) =>
            Current.ShortestPathAsync(from, to, maxHops, cancellationToken);

        public void Dispose()
        {
            foreach (var store in _all)
                store.Dispose();
        }
    }

    /// <summary>The schema each request resolves, as a host that registers it per request may change it.</summary>
    private sealed class SwitchedSchema(ISchema first)
    {
        public ISchema Current { get; set; } = first;
    }

    /// <summary>The test schema with one more field: another schema, in which the same request means the same.</summary>
    private sealed class TestSchemaWithGoodbye : GraphQL.Types.Schema
    {
        public TestSchemaWithGoodbye()
        {
            var query = new TestQuery();
            query.Field<StringGraphType>("goodbye").Resolve(_ => "Goodbye!");
            Query = query;
        }
    }
}
