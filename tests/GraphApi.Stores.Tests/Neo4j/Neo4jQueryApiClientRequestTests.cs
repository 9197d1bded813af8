using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphApi.Stores.Neo4j;
using static GraphApi.Stores.Tests.Neo4j.TestClients;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>
/// What the client sends to the Query API, recorded by an HttpMessageHandler: URLs, methods, headers and
/// bodies. These tests check what we send, not Neo4j's behaviour; no Neo4j server is involved.
/// </summary>
public sealed class Neo4jQueryApiClientRequestTests
{
    [Fact]
    public async Task Recorded_request_a_statement_is_posted_to_the_database_query_endpoint_with_basic_auth_and_typed_json()
    {
        var handler = new RecordingHandler(RecordingHandler.Json(QueryApiExamples.ReadWithCounters));

        await Client(handler, database: "kennis").RunAsync(Statement("RETURN 1"), CancellationToken.None);

        var request = Assert.Single(handler.Requests);
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://example.databases.neo4j.io/db/kennis/query/v2", request.Uri.ToString());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:" + Password)), request.Headers["Authorization"]);
        Assert.Equal("application/vnd.neo4j.query", request.Headers["Accept"]);
        Assert.Equal("application/vnd.neo4j.query", request.ContentType);
    }

    [Fact]
    public async Task Recorded_request_parameters_including_a_list_of_maps_are_sent_as_typed_json()
    {
        var handler = new RecordingHandler(RecordingHandler.Json(QueryApiExamples.WriteWithCounters));
        var rows = new List<Dictionary<string, object?>>
        {
            new() { ["id"] = "decision:a", ["properties"] = new Dictionary<string, object?> { ["amount"] = 5.0, ["year"] = 2024L, ["final"] = true, ["tags"] = new List<object?> { "x" } } },
            new() { ["id"] = "decision:b", ["properties"] = new Dictionary<string, object?> { ["amount"] = 232521477.5m } },
        };

        await Client(handler).RunAsync(Statement("UNWIND $rows AS row RETURN count(row)", new() { ["rows"] = rows, ["none"] = null }), CancellationToken.None);

        var expected = """
            {
              "statement": "UNWIND $rows AS row RETURN count(row)",
              "parameters": {
                "rows": {"$type": "List", "_value": [
                  {"$type": "Map", "_value": {
                    "id": {"$type": "String", "_value": "decision:a"},
                    "properties": {"$type": "Map", "_value": {
                      "amount": {"$type": "Float", "_value": "5"},
                      "year": {"$type": "Integer", "_value": "2024"},
                      "final": {"$type": "Boolean", "_value": true},
                      "tags": {"$type": "List", "_value": [{"$type": "String", "_value": "x"}]}}}}},
                  {"$type": "Map", "_value": {
                    "id": {"$type": "String", "_value": "decision:b"},
                    "properties": {"$type": "Map", "_value": {"amount": {"$type": "Float", "_value": "232521477.5"}}}}}
                ]},
                "none": {"$type": "Null", "_value": null}
              },
              "includeCounters": true
            }
            """;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(handler.Requests[0].Body!)), handler.Requests[0].Body);
    }

    [Fact]
    public async Task Recorded_request_the_bookmarks_of_a_write_go_with_the_following_statements_and_a_read_does_not_replace_them()
    {
        var handler = new RecordingHandler(
            RecordingHandler.Json(QueryApiExamples.ReadWithCounters),
            RecordingHandler.Json(QueryApiExamples.WriteWithCounters),
            RecordingHandler.Json(QueryApiExamples.ReadWithCounters));
        var client = Client(handler);

        await client.RunAsync(Statement("MATCH (n) RETURN count(n)"), CancellationToken.None);
        await client.RunAsync(Statement("MERGE (n:Node {id: 'a'})"), CancellationToken.None);
        await client.RunAsync(Statement("MATCH (n) RETURN count(n)"), CancellationToken.None);
        await client.RunAsync(Statement("MATCH (n) RETURN count(n)"), CancellationToken.None);

        Assert.Null(Bookmarks(handler.Requests[0]));
        Assert.Null(Bookmarks(handler.Requests[1]));
        Assert.Equal(["FB:after-the-write"], Bookmarks(handler.Requests[2]));
        Assert.Equal(["FB:after-the-write"], Bookmarks(handler.Requests[3]));
    }

    [Fact]
    public async Task Recorded_requests_a_transaction_begins_runs_and_commits_at_the_tx_urls_with_the_cluster_affinity_it_was_given()
    {
        var handler = new RecordingHandler(
            RecordingHandler.Json(QueryApiExamples.TransactionBegun, clusterAffinity: "MXxhZmZpbml0eQ=="),
            RecordingHandler.Json(QueryApiExamples.WriteWithCounters),
            RecordingHandler.Json(QueryApiExamples.TransactionCommitted),
            RecordingHandler.Json(QueryApiExamples.ReadWithCounters));
        var client = Client(handler);

        await using (var transaction = await client.BeginAsync(CancellationToken.None))
        {
            await transaction.RunAsync(Statement("MERGE (n:Node {id: $id})", new() { ["id"] = "a" }), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }
        await client.RunAsync(Statement("MATCH (n) RETURN count(n)"), CancellationToken.None);

        const string tx = "https://example.databases.neo4j.io/db/neo4j/query/v2/tx";
        const string id = "4d12a4e1-d6a4-4f4c-b4c5-7ce5e5e1d2b3";
        Assert.Equal([(HttpMethod.Post, tx), (HttpMethod.Post, $"{tx}/{id}"), (HttpMethod.Post, $"{tx}/{id}/commit"), (HttpMethod.Post, tx[..^3])],
            handler.Requests.Select(r => (r.Method, r.Uri.ToString())));
        Assert.All(handler.Requests[1..3], r => Assert.Equal("MXxhZmZpbml0eQ==", r.Headers["neo4j-cluster-affinity"]));
        Assert.All(handler.Requests, r => Assert.StartsWith("Basic ", r.Headers["Authorization"]));
        Assert.Equal(["FB:after-the-commit"], Bookmarks(handler.Requests[3]));
    }

    [Fact]
    public async Task Recorded_requests_a_rolled_back_transaction_is_deleted_once_and_disposing_it_sends_nothing_more()
    {
        var handler = new RecordingHandler(RecordingHandler.Json(QueryApiExamples.TransactionBegun), RecordingHandler.Json("{}"));

        await using (var transaction = await Client(handler).BeginAsync(CancellationToken.None))
            await transaction.RollbackAsync(CancellationToken.None);

        Assert.Equal([HttpMethod.Post, HttpMethod.Delete], handler.Requests.Select(r => r.Method));
        Assert.Equal("https://example.databases.neo4j.io/db/neo4j/query/v2/tx/4d12a4e1-d6a4-4f4c-b4c5-7ce5e5e1d2b3", handler.Requests[1].Uri.ToString());
    }

    [Fact]
    public async Task Recorded_requests_disposing_an_uncommitted_transaction_rolls_it_back()
    {
        var handler = new RecordingHandler(RecordingHandler.Json(QueryApiExamples.TransactionBegun), RecordingHandler.Json("{}"));

        await using (await Client(handler).BeginAsync(CancellationToken.None)) { }

        Assert.Equal(HttpMethod.Delete, handler.Requests[^1].Method);
    }

    [Fact]
    public void A_uri_with_credentials_in_it_is_refused()
    {
        var options = new Neo4jOptions { Uri = new Uri("https://neo4j:secret@example.databases.neo4j.io") };

        Assert.Throws<ArgumentException>(() => new Neo4jQueryApiClient(new HttpClient(), options));
    }

    private static List<string>? Bookmarks(RecordedRequest request) =>
        JsonDocument.Parse(request.Body!).RootElement.TryGetProperty("bookmarks", out var bookmarks)
            ? bookmarks.EnumerateArray().Select(b => b.GetString()!).ToList()
            : null;
}
