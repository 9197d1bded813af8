using System.Net;
using System.Security.Cryptography;
using System.Text;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Caching;

/// <summary>Automatic Persisted Queries stored in Redis, and the trusted-documents allow-list.</summary>
public sealed class PersistedQueryTests(RedisFixture redis) : IClassFixture<RedisFixture>
{
    private static string Hash(string query) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)));

    private static object Persisted(string hash) => new { persistedQuery = new { version = 1, sha256Hash = hash } };

    private static string PersistedJson(string hash) => $"{{\"persistedQuery\":{{\"version\":1,\"sha256Hash\":\"{hash}\"}}}}";

    private static string Query() => $"{{ {RedisFixture.Alias()}: clause(number: \"3.2.3\") {{ number }} }}";

    private static GraphQLClient Client(WebApplicationFactory<Program> instance) => new(instance.CreateClient());

    [Fact]
    public async Task An_unknown_hash_gets_PersistedQueryNotFound_over_get_and_post()
    {
        var client = Client(redis.Instance());
        var hash = Hash(Query());

        var get = await client.GetAsync([("extensions", PersistedJson(hash))], "application/json");
        var post = await client.PostAsync(new { extensions = Persisted(hash) }, "application/json");

        foreach (var answer in new[] { get, post })
        {
            Assert.Equal(HttpStatusCode.OK, answer.Status);
            Assert.Equal(("PersistedQueryNotFound", "PERSISTED_QUERY_NOT_FOUND"), (answer.FirstError, answer.FirstErrorCode));
        }
    }

    [Fact]
    public async Task The_round_trip_registers_the_query_and_then_the_hash_alone_is_enough_on_any_instance()
    {
        var query = Query();
        var hash = Hash(query);
        var first = Client(redis.Instance());

        var notFound = await first.GetAsync([("extensions", PersistedJson(hash))]);
        var registered = await first.PostAsync(new { query, extensions = Persisted(hash) });
        var byHashElsewhere = await Client(redis.Instance()).GetAsync([("extensions", PersistedJson(hash))]);

        Assert.Equal("PERSISTED_QUERY_NOT_FOUND", notFound.FirstErrorCode);
        Assert.Equal("3.2.3", registered.Data.EnumerateObject().Single().Value.GetProperty("number").GetString());
        Assert.Equal(registered.Data.GetRawText(), byHashElsewhere.Data.GetRawText());
    }

    [Fact]
    public async Task A_hash_that_does_not_match_its_query_is_refused()
    {
        var query = Query();

        var answer = await Client(redis.Instance()).PostAsync(new { query, extensions = Persisted(Hash(query + " ")) });

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("PERSISTED_QUERY_HASH_MISMATCH", answer.FirstErrorCode);
        Assert.Contains(Hash(query), answer.FirstError);
    }

    [Theory]
    [InlineData("{\"persistedQuery\":{\"version\":2,\"sha256Hash\":\"00\"}}", "version must be 1, not 2")]
    [InlineData("{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"xyz\"}}", "sha256Hash must be 64 hexadecimal digits, not xyz")]
    [InlineData("{\"persistedQuery\":\"abc\"}", "must be an object with version and sha256Hash")]
    public async Task A_malformed_persisted_query_is_refused_naming_what_is_wrong(string extensions, string message)
    {
        var answer = await Client(redis.Instance()).GetAsync([("extensions", extensions)]);

        Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
        Assert.Equal("extensions.persistedQuery " + message, answer.FirstError);
    }

    [Fact]
    public async Task With_trusted_documents_only_listed_documents_run()
    {
        const string trustedQuery = "{ clause(number: \"3.2.3\") { number } }";
        var file = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(file, $"{{\"sha256:{Hash(trustedQuery)}\": {System.Text.Json.JsonSerializer.Serialize(trustedQuery)}}}");
            var client = Client(redis.Instance(("Cache:TrustedDocumentsFile", file)));
            var other = Query();

            var byHash = await client.GetAsync([("extensions", PersistedJson(Hash(trustedQuery)))]);
            var inFull = await client.PostAsync(new { query = trustedQuery });
            var untrusted = await client.PostAsync(new { query = other });
            var registering = await client.PostAsync(new { query = other, extensions = Persisted(Hash(other)) });

            Assert.Equal("3.2.3", byHash.Data.GetProperty("clause").GetProperty("number").GetString());
            Assert.Equal(byHash.Data.GetRawText(), inFull.Data.GetRawText());
            Assert.Equal(("PERSISTED_QUERY_NOT_IN_LIST", "PERSISTED_QUERY_NOT_IN_LIST"), (untrusted.FirstErrorCode, registering.FirstErrorCode));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void A_trusted_documents_file_with_a_wrong_hash_stops_start_up_naming_the_file_and_the_hash()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "{\"" + new string('0', 64) + "\": \"{ __typename }\"}");

            var error = Assert.ThrowsAny<Exception>(() => redis.Instance(("Cache:TrustedDocumentsFile", file)).CreateClient());

            Assert.Contains($"{file}: '{new string('0', 64)}' is not the SHA-256 of its document", error.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
