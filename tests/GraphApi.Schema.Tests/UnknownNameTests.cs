using System.Text.Json;
using GraphApi.Stores.Embedded;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphApi.Schema.Tests;

/// <summary>A name or id that matches nothing is an error that names it and suggests the closest names, never a silent empty answer.</summary>
public class UnknownNameTests
{
    private static IEnumerable<JsonElement> Errors(SchemaRunner.Run run) =>
        run.Json.TryGetProperty("errors", out var errors) ? errors.EnumerateArray() : [];

    private static string Code(JsonElement error) => error.GetProperty("extensions").GetProperty("code").GetString()!;

    private static string Message(JsonElement error) => error.GetProperty("message").GetString()!;

    [Theory]
    [MemberData(nameof(UnknownNameQueries.Names), MemberType = typeof(UnknownNameQueries))]
    public async Task The_answer_is_an_unknown_name_error_pinned_with_its_cypher(string name)
    {
        using var recorder = new CypherRecordingStore(new EmbeddedGraphStore(SchemaRunner.Graph.Value));
        await using var services = SchemaRunner.Over(recorder);

        var run = await SchemaRunner.ExecuteAsync(services, UnknownNameQueries.All[name]);

        Assert.NotEmpty(Errors(run));
        Assert.All(Errors(run), error => Assert.StartsWith("UNKNOWN_", Code(error)));
        Assert.Equal(run.StoreCalls, recorder.Statements.Count);
        Snapshot.Match(
            $"{run.Text}\n\n{recorder.Statements.Count} statements:\n\n" + string.Join("\n\n----\n\n", recorder.Statements.Select(s => s.ToString()).Order(StringComparer.Ordinal)),
            SnapshotNameExtension.Create(name.Replace(' ', '-')));
    }

    [Fact]
    public async Task An_agency_with_a_typo_suggests_the_agency_meant()
    {
        var run = await SchemaRunner.ExecuteAsync(UnknownNameQueries.All["an agency with a typo"]);

        var error = Assert.Single(Errors(run));
        Assert.Equal("UNKNOWN_AGENCY", Code(error));
        Assert.StartsWith("viaAgency: \"Digitaal Vlaandren\"", Message(error));
        Assert.Contains("did you mean \"Digitaal Vlaanderen\"", Message(error));
        Assert.Equal(JsonValueKind.Null, run.Json.GetProperty("data").GetProperty("clause").ValueKind);
    }

    [Fact]
    public async Task A_programme_with_a_typo_suggests_the_programme_meant()
    {
        var run = await SchemaRunner.ExecuteAsync(UnknownNameQueries.All["a programme with a typo"]);

        var error = Assert.Single(Errors(run));
        Assert.Equal("UNKNOWN_PROGRAMME", Code(error));
        Assert.Contains("\"Vlaamse Veerkracht\"", Message(error));
    }

    [Fact]
    public async Task An_alias_with_a_typo_suggests_the_canonical_name()
    {
        var run = await SchemaRunner.ExecuteAsync("""{ clause(number: "3.2.3") { decisions(viaAgency: "agentschap Digitaal Vlaandere") { totalCount } } }""");

        Assert.Contains("did you mean \"Digitaal Vlaanderen\"", Message(Assert.Single(Errors(run))));
    }

    [Fact]
    public async Task A_name_like_no_other_gets_the_error_without_suggestions_once_for_all_clauses()
    {
        var run = await SchemaRunner.ExecuteAsync(UnknownNameQueries.All["an agency like no other"]);

        Assert.All(Errors(run), error => Assert.Equal(
            "viaAgency: \"Ministerie van Magie\" names no agency (by id, name or alias); nothing has a similar name or id", Message(error)));
        // clauses; their decisions' pages, all empty; the name, checked once for them all; the agencies to suggest from.
        Assert.Equal(1 + 1 + 1 + 1, run.StoreCalls);
    }

    [Fact]
    public async Task A_known_name_in_any_case_is_no_error()
    {
        var run = await SchemaRunner.ExecuteAsync("""{ clause(number: "3.2.3") { decisions(viaAgency: "AGENTSCHAP DIGITAAL VLAANDEREN", viaProgramme: "programme:vlaamse-veerkracht") { totalCount } } }""");

        Assert.Empty(Errors(run));
    }

    [Fact]
    public async Task An_unknown_node_id_is_null_with_an_error_suggesting_the_id_meant()
    {
        var run = await SchemaRunner.ExecuteAsync(UnknownNameQueries.All["a node id with a typo"]);

        var error = Assert.Single(Errors(run));
        Assert.Equal("UNKNOWN_NODE", Code(error));
        Assert.Equal("id: \"agency:digitaal-vlaandren\" is no node's id; did you mean \"agency:digitaal-vlaanderen\"?", Message(error));
        Assert.Equal("node", error.GetProperty("path")[0].GetString());
        Assert.Equal(JsonValueKind.Null, run.Json.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task A_name_given_where_an_id_belongs_suggests_its_id()
    {
        var run = await SchemaRunner.ExecuteAsync(UnknownNameQueries.All["a name where a node id belongs"]);

        Assert.Contains("did you mean \"agency:athumi\"", Message(Assert.Single(Errors(run))));
    }

    [Fact]
    public async Task Nodes_answers_the_known_ids_and_an_error_at_each_unknown_one()
    {
        var run = await SchemaRunner.ExecuteAsync(UnknownNameQueries.All["nodes with unknown ids"]);

        var nodes = run.Json.GetProperty("data").GetProperty("nodes").EnumerateArray().Select(n => n.ValueKind == JsonValueKind.Null ? null : n.GetProperty("id").GetString()).ToList();
        Assert.Equal(["agency:athumi", null, "clause:3.2.3", null], nodes);
        var errors = Errors(run).ToList();
        Assert.Equal([1, 3], errors.Select(e => e.GetProperty("path")[1].GetInt32()));
        Assert.Contains("did you mean \"building-block:kaleidos\"", Message(errors[1]));
    }

    [Fact]
    public async Task A_path_from_an_unknown_node_is_an_error_not_an_empty_path()
    {
        var run = await SchemaRunner.ExecuteAsync(UnknownNameQueries.All["a path from an unknown node"]);

        var error = Assert.Single(Errors(run));
        Assert.StartsWith("to: \"agency:athumy\" is no node's id; did you mean \"agency:athumi\"", Message(error));
    }

    [Fact]
    public async Task A_path_between_known_nodes_that_are_not_connected_stays_null_without_error()
    {
        var run = await SchemaRunner.ExecuteAsync("""{ path(from: "decision:000-23", to: "agency:athumi", maxHops: 1) { length } }""");

        Assert.Empty(Errors(run));
        Assert.Equal(JsonValueKind.Null, run.Json.GetProperty("data").GetProperty("path").ValueKind);
    }

    [Neo4jTheory]
    [MemberData(nameof(UnknownNameQueries.Names), MemberType = typeof(UnknownNameQueries))]
    public async Task Neo4j_answers_the_same_error_with_the_same_store_calls(string name)
    {
        var embedded = await SchemaRunner.ExecuteAsync(UnknownNameQueries.All[name]);

        var neo4j = await SchemaRunner.ExecuteAsync(await ExampleQueryTests.Neo4j.Value, UnknownNameQueries.All[name]);

        Assert.Equal(embedded.Text, neo4j.Text);
        Assert.Equal(embedded.StoreCalls, neo4j.StoreCalls);
    }
}
