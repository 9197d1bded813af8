using System.Net;
using GraphApi.Stores.Neo4j;
using static GraphApi.Stores.Tests.Neo4j.TestClients;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>
/// How the client reads the Query API's answers, fed through a recording HttpMessageHandler with bodies in
/// the shapes of Neo4j's documentation: typed JSON decoding, errors, retries and timeouts. These tests
/// check what we send and how we read canned answers, not Neo4j's behaviour; no Neo4j server is involved.
/// </summary>
public sealed class Neo4jQueryApiClientResponseTests
{
    [Fact]
    public async Task Decoding_the_documentation_example_gives_the_node_as_a_map_of_its_properties_and_labels_and_the_name_as_a_string()
    {
        var result = await Run(QueryApiExamples.PersonNodeAndName);

        Assert.Equal(["person", "name"], result.Fields);
        var person = Assert.IsType<Dictionary<string, object?>>(result.Rows[0][0]);
        Assert.Equal("Phil", person["name"]);
        Assert.Equal(["Person"], Assert.IsType<List<object?>>(person["_labels"]));
        Assert.Equal("4:ff04df25-ff2b-4b55-98f8-6888297b025e:2", person["_elementId"]);
        Assert.Equal("Phil", result.Rows[0][1]);
    }

    [Fact]
    public async Task Decoding_integers_floats_booleans_nulls_strings_lists_and_maps_gives_long_double_bool_null_string_list_and_dictionary()
    {
        var row = (await Run(QueryApiExamples.EveryScalarListAndMap)).Rows[0];

        Assert.Equal(1L, Assert.IsType<long>(row[0]));
        Assert.Equal(1.5, Assert.IsType<double>(row[1]));
        Assert.True(Assert.IsType<bool>(row[2]));
        Assert.Null(row[3]);
        Assert.Equal("Gent", row[4]);
        Assert.Equal([2L, "x"], Assert.IsType<List<object?>>(row[5]));
        var map = Assert.IsType<Dictionary<string, object?>>(row[6]);
        Assert.Equal(232521477.0, Assert.IsType<double>(map["amount"]));
        Assert.Empty(Assert.IsType<List<object?>>(map["tags"]));
    }

    [Fact]
    public async Task Decoding_a_relationship_gives_a_map_of_its_properties_type_and_end_points()
    {
        var relationship = Assert.IsType<Dictionary<string, object?>>((await Run(QueryApiExamples.KnowsRelationship)).Rows[0][0]);

        Assert.Equal(2020L, relationship["since"]);
        Assert.Equal("KNOWS", relationship["_type"]);
        Assert.Equal("4:abc:0", relationship["_startElementId"]);
        Assert.Equal("4:abc:1", relationship["_endElementId"]);
    }

    [Fact]
    public async Task Decoding_an_error_response_throws_a_Neo4jException_with_its_code_and_message_after_one_attempt()
    {
        var handler = new RecordingHandler(RecordingHandler.Json(QueryApiExamples.SyntaxError, HttpStatusCode.BadRequest));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(handler).RunAsync(Statement("This is not Cypher"), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.StartsWith("Invalid input 'T'", error.Neo4jMessage);
        Assert.StartsWith("Neo.ClientError.Statement.SyntaxError: Invalid input", error.Message);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task Retrying_a_statement_answered_503_twice_then_202_succeeds_on_the_third_attempt()
    {
        var handler = new RecordingHandler(
            RecordingHandler.Status(HttpStatusCode.ServiceUnavailable),
            RecordingHandler.Status(HttpStatusCode.ServiceUnavailable),
            RecordingHandler.Json(QueryApiExamples.PersonNodeAndName));

        var result = await Client(handler).RunAsync(Statement("RETURN 1"), CancellationToken.None);

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("Phil", result.Rows[0][1]);
    }

    [Fact]
    public async Task Retrying_a_transient_neo4j_error_succeeds_on_the_next_attempt()
    {
        var handler = new RecordingHandler(
            RecordingHandler.Json(QueryApiExamples.DeadlockDetected, HttpStatusCode.BadRequest),
            RecordingHandler.Json(QueryApiExamples.PersonNodeAndName));

        await Client(handler).RunAsync(Statement("RETURN 1"), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Retrying_gives_up_after_three_attempts_with_the_last_error()
    {
        var handler = new RecordingHandler(RecordingHandler.Status(HttpStatusCode.BadGateway));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(handler).RunAsync(Statement("RETURN 1"), CancellationToken.None));

        Assert.Equal(3, handler.Requests.Count);
        Assert.Equal("HTTP 502", error.Code);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Retrying_a_network_failure_then_succeeding_counts_two_attempts()
    {
        var handler = new RecordingHandler(() => throw new HttpRequestException("Connection reset"), RecordingHandler.Json(QueryApiExamples.PersonNodeAndName));

        await Client(handler).RunAsync(Statement("RETURN 1"), CancellationToken.None);

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task A_statement_inside_a_transaction_is_not_retried_because_neo4j_has_rolled_the_transaction_back()
    {
        var handler = new RecordingHandler(
            RecordingHandler.Json(QueryApiExamples.TransactionBegun),
            RecordingHandler.Json(QueryApiExamples.DeadlockDetected, HttpStatusCode.BadRequest),
            RecordingHandler.Json("{}"));
        var transaction = await Client(handler).BeginAsync(CancellationToken.None);

        await Assert.ThrowsAsync<Neo4jException>(() => transaction.RunAsync(Statement("MERGE (n:Node {id: 'a'})"), CancellationToken.None));

        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Unauthorized_gives_neo4j_code_and_message_and_the_password_appears_nowhere_in_the_exception()
    {
        var handler = new RecordingHandler(RecordingHandler.Json(QueryApiExamples.Unauthorized, HttpStatusCode.Unauthorized));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => Client(handler).RunAsync(Statement("RETURN 1"), CancellationToken.None));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal("Invalid credential.", error.Neo4jMessage);
        Assert.DoesNotContain(Password, error.ToString());
        Assert.DoesNotContain("Basic ", error.ToString());
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_within_the_timeout_gives_a_TimeoutException_without_the_password()
    {
        var slow = new SlowHandler();

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            Client(slow, timeout: TimeSpan.FromMilliseconds(100)).RunAsync(Statement("RETURN 1"), CancellationToken.None));

        Assert.Contains("did not answer within 0.1 s", error.Message);
        Assert.DoesNotContain(Password, error.ToString());
    }

    private static Task<CypherResult> Run(string responseBody) =>
        Client(new RecordingHandler(RecordingHandler.Json(responseBody))).RunAsync(Statement("RETURN 1"), CancellationToken.None);

    /// <summary>Waits for the request's cancellation, as a server that never answers would.</summary>
    private sealed class SlowHandler : HttpMessageHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            throw new InvalidOperationException("not reached");
        }
    }
}
