using GraphApi.Stores.Embedded;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphApi.Schema.Tests;

/// <summary>
/// The Cypher each example query costs on the Neo4j store, pinned so that a change to the generated statements
/// shows in review (in text order: root fields run concurrently). One statement per store call: the count grows with the depth of a query, not its results.
/// </summary>
public class CypherStatementTests
{
    [Theory]
    [MemberData(nameof(ExampleQueries.Names), MemberType = typeof(ExampleQueries))]
    public async Task The_example_query_sends_one_pinned_statement_per_store_call(string name)
    {
        using var recorder = new CypherRecordingStore(new EmbeddedGraphStore(SchemaRunner.Graph.Value));
        await using var services = SchemaRunner.Over(recorder);

        var run = await SchemaRunner.ExecuteAsync(services, ExampleQueries.All[name]);

        Assert.False(run.Json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(run.StoreCalls, recorder.Statements.Count);
        Snapshot.Match(
            $"{recorder.Statements.Count} statements for: {ExampleQueries.All[name]}\n\n" + string.Join("\n\n----\n\n", recorder.Statements.Select(s => s.ToString()).Order(StringComparer.Ordinal)),
            SnapshotNameExtension.Create(name.Replace(' ', '-')));
    }
}
