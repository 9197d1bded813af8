using System.Collections.Concurrent;
using System.Diagnostics;
using static GraphApi.Stores.Tests.Neo4j.TestClients;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>The span of a Cypher statement, recorded by an ActivityListener; no Neo4j server is involved.</summary>
public sealed class StatementSpanTests : IDisposable
{
    private const string Secret = "agency:secret-value-7f3a";

    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public StatementSpanTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == StoreTelemetry.SourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task A_statement_s_span_carries_its_first_line_and_database_but_never_its_parameters()
    {
        var handler = new RecordingHandler(RecordingHandler.Json(QueryApiExamples.ReadWithCounters));

        await Client(handler, database: "kennis-spans").RunAsync(
            Statement("MATCH (n:Agency) WHERE n.id = $id\nRETURN n.name AS name", new() { ["id"] = Secret }), CancellationToken.None);

        var span = Assert.Single(_spans, s => s.GetTagItem("db.namespace") as string == "kennis-spans");
        Assert.Equal("MATCH (n:Agency) WHERE n.id = $id", span.DisplayName);
        Assert.Equal("MATCH (n:Agency) WHERE n.id = $id", span.GetTagItem("db.query.summary"));
        Assert.Equal("neo4j", span.GetTagItem("db.system.name"));
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.DoesNotContain(span.TagObjects, tag => tag.Value?.ToString()?.Contains(Secret) == true);
    }

    [Fact]
    public async Task A_failed_statement_marks_its_span_as_an_error_with_neo4j_s_code()
    {
        var handler = new RecordingHandler(RecordingHandler.Json(QueryApiExamples.SyntaxError, System.Net.HttpStatusCode.BadRequest));

        await Assert.ThrowsAnyAsync<Exception>(() => Client(handler, database: "kennis-failing").RunAsync(Statement("RETURN nonsense("), CancellationToken.None));

        var span = Assert.Single(_spans, s => s.GetTagItem("db.namespace") as string == "kennis-failing");
        Assert.Equal(ActivityStatusCode.Error, span.Status);
        Assert.StartsWith("Neo.", span.StatusDescription);
    }

    public void Dispose() => _listener.Dispose();
}
