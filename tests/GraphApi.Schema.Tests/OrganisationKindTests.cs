using System.Text.Json;

namespace GraphApi.Schema.Tests;

/// <summary>Agencies in the narrow sense, and who takes a decision, as a front-end asks for them.</summary>
public class OrganisationKindTests
{
    private static async Task<JsonElement> Data(string query)
    {
        var run = await SchemaRunner.ExecuteAsync(query);
        Assert.False(run.Json.TryGetProperty("errors", out var errors), errors.ToString());
        return run.Json.GetProperty("data");
    }

    private static List<string> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task Agencies_of_kind_agency_leave_out_the_government_the_commission_and_companies()
    {
        var data = await Data("""{ agencies(where: { kind: { eq: "AGENCY" } }, first: 100) { totalCount nodes { id kind } } }""");

        var ids = Ids(data.GetProperty("agencies"));
        Assert.Equal(35, data.GetProperty("agencies").GetProperty("totalCount").GetInt32());
        Assert.Contains("agency:digitaal-vlaanderen", ids);
        Assert.Contains("agency:athumi", ids);
        Assert.DoesNotContain("agency:vlaamse-regering", ids);
        Assert.DoesNotContain("agency:europese-commissie", ids);
        Assert.DoesNotContain("agency:participatiemaatschappij-vlaanderen", ids);
    }

    [Fact]
    public async Task The_government_is_the_one_organisation_of_its_kind()
    {
        var data = await Data("""{ agencies(where: { kind: { in: ["GOVERNMENT"] } }) { nodes { id } } }""");

        Assert.Equal(["agency:vlaamse-regering"], Ids(data.GetProperty("agencies")));
    }

    [Fact]
    public async Task Agencies_sort_by_kind()
    {
        var data = await Data("""{ agencies(order: [{ kind: ASC }, { name: ASC }], first: 100) { nodes { kind } } }""");

        var kinds = data.GetProperty("agencies").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("kind").GetString()!).ToList();
        Assert.Equal(kinds.Order(StringComparer.Ordinal), kinds);
        Assert.Equal(10, kinds.Distinct().Count());
    }

    [Fact]
    public async Task A_decision_is_decided_by_the_government_which_is_not_among_the_agencies_it_involves()
    {
        var data = await Data("""{ node(id: "decision:000-05") { ... on Decision { decidedBy { id kind } agencies { nodes { id } } } } }""");

        var decision = data.GetProperty("node");
        Assert.Equal("agency:vlaamse-regering", decision.GetProperty("decidedBy").GetProperty("id").GetString());
        Assert.Equal("GOVERNMENT", decision.GetProperty("decidedBy").GetProperty("kind").GetString());
        Assert.DoesNotContain("agency:vlaamse-regering", decision.GetProperty("agencies").GetProperty("nodes").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task The_government_took_the_decisions_that_name_it_and_is_involved_in_none()
    {
        var data = await Data("""{ node(id: "agency:vlaamse-regering") { ... on Agency { decisionsTaken { totalCount } decisions { totalCount } } } }""");

        Assert.Equal(58, data.GetProperty("node").GetProperty("decisionsTaken").GetProperty("totalCount").GetInt32());
        Assert.Equal(0, data.GetProperty("node").GetProperty("decisions").GetProperty("totalCount").GetInt32());
    }
}
