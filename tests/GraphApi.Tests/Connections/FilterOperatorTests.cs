using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphApi.Tests.Connections;

/// <summary>
/// Every operator of HotChocolate.Data's filter vocabulary, and mode: INSENSITIVE, on the decisions: the API's answer
/// equals the same condition checked here on every decision, and the ids it finds are pinned.
/// </summary>
public sealed class FilterOperatorTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private sealed record Decision(string Id, string Title, string? Date, int SourceIndex, IReadOnlyList<string> ProjectCodes, int Agencies);

    private static readonly StringComparison Exact = StringComparison.Ordinal;
    private static readonly StringComparison AnyCase = StringComparison.OrdinalIgnoreCase;

    public static TheoryData<string> Cases => [.. Conditions.Keys];

    // The where argument, and the same condition on one decision.
    private static readonly Dictionary<string, (string Where, Func<Decision, bool> Holds)> Conditions = new()
    {
        ["eq"] = ("{ kind: { eq: \"approval\" } }", null!),
        ["neq"] = ("{ date: { neq: \"2021-05-07\" } }", d => d.Date != "2021-05-07"),
        ["in"] = ("{ sourceIndex: { in: [1, 5, 23] } }", d => d.SourceIndex is 1 or 5 or 23),
        ["nin"] = ("{ sourceIndex: { nin: [1, 5, 23] } }", d => d.SourceIndex is not (1 or 5 or 23)),
        ["contains"] = ("{ title: { contains: \"Veerkracht\" } }", d => d.Title.Contains("Veerkracht", Exact)),
        ["ncontains"] = ("{ title: { ncontains: \"Veerkracht\" } }", d => !d.Title.Contains("Veerkracht", Exact)),
        ["startsWith"] = ("{ title: { startsWith: \"Plan \" } }", d => d.Title.StartsWith("Plan ", Exact)),
        ["nstartsWith"] = ("{ title: { nstartsWith: \"Plan \" } }", d => !d.Title.StartsWith("Plan ", Exact)),
        ["endsWith"] = ("{ title: { endsWith: \"2022\" } }", d => d.Title.EndsWith("2022", Exact)),
        ["nendsWith"] = ("{ title: { nendsWith: \"2022\" } }", d => !d.Title.EndsWith("2022", Exact)),
        ["gt"] = ("{ sourceIndex: { gt: 50 } }", d => d.SourceIndex > 50),
        ["ngt"] = ("{ sourceIndex: { ngt: 50 } }", d => d.SourceIndex <= 50),
        ["gte"] = ("{ date: { gte: \"2022-01-01\" } }", d => string.CompareOrdinal(d.Date, "2022-01-01") >= 0 && d.Date is not null),
        ["ngte"] = ("{ date: { ngte: \"2022-01-01\" } }", d => !(d.Date is not null && string.CompareOrdinal(d.Date, "2022-01-01") >= 0)),
        ["lt"] = ("{ sourceIndex: { lt: 5 } }", d => d.SourceIndex < 5),
        ["nlt"] = ("{ sourceIndex: { nlt: 5 } }", d => d.SourceIndex >= 5),
        ["lte"] = ("{ date: { lte: \"2020-12-31\" } }", d => d.Date is not null && string.CompareOrdinal(d.Date, "2020-12-31") <= 0),
        ["nlte"] = ("{ date: { nlte: \"2020-12-31\" } }", d => !(d.Date is not null && string.CompareOrdinal(d.Date, "2020-12-31") <= 0)),
        ["list some"] = ("{ projectCodes: { some: { startsWith: \"VV07\" } } }", d => d.ProjectCodes.Any(c => c.StartsWith("VV07", Exact))),
        ["list none"] = ("{ projectCodes: { none: { startsWith: \"VV07\" } } }", d => !d.ProjectCodes.Any(c => c.StartsWith("VV07", Exact))),
        ["list all"] = ("{ projectCodes: { all: { startsWith: \"VV0\" } } }", d => d.ProjectCodes.All(c => c.StartsWith("VV0", Exact))),
        ["list any"] = ("{ projectCodes: { any: true } }", d => d.ProjectCodes.Count > 0),
        ["relation any false"] = ("{ agencies: { any: false } }", d => d.Agencies == 0),
        ["and"] = ("{ and: [{ sourceIndex: { gte: 10 } }, { sourceIndex: { lt: 20 } }] }", d => d.SourceIndex is >= 10 and < 20),
        ["or"] = ("{ or: [{ sourceIndex: { lt: 2 } }, { sourceIndex: { gt: 57 } }] }", d => d.SourceIndex is < 2 or > 57),
        ["not"] = ("{ not: { title: { contains: \"Veerkracht\" } } }", d => !d.Title.Contains("Veerkracht", Exact)),
        ["contains, mode INSENSITIVE"] = ("{ title: { contains: \"VEERKRACHT\", mode: INSENSITIVE } }", d => d.Title.Contains("veerkracht", AnyCase)),
        ["contains, case matters by default"] = ("{ title: { contains: \"VEERKRACHT\" } }", d => d.Title.Contains("VEERKRACHT", Exact)),
        ["eq, mode INSENSITIVE"] = ("{ kind: { eq: \"APPROVAL\", mode: INSENSITIVE } }", null!),
        ["startsWith, mode INSENSITIVE"] = ("{ title: { startsWith: \"plan vlaamse\", mode: INSENSITIVE } }", d => d.Title.StartsWith("plan vlaamse", AnyCase)),
    };

    private async Task<List<(Decision Decision, string Kind)>> AllDecisions()
    {
        var nodes = (await factory.Data("{ decisions(first: 100) { nodes { id title date sourceIndex projectCodes kind agencies { totalCount } } } }"))
            .GetProperty("decisions").GetProperty("nodes").EnumerateArray();
        return nodes.Select(n => (new Decision(n.GetProperty("id").GetString()!, n.GetProperty("title").GetString()!, n.GetProperty("date").GetString(),
            n.GetProperty("sourceIndex").GetInt32(), n.GetProperty("projectCodes").EnumerateArray().Select(c => c.GetString()!).ToList(),
            n.GetProperty("agencies").GetProperty("totalCount").GetInt32()), n.GetProperty("kind").GetString()!)).ToList();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_operator_finds_the_decisions_the_condition_holds_for(string name)
    {
        var (where, holds) = Conditions[name];
        var all = await AllDecisions();
        Assert.Equal(59, all.Count);
        Func<(Decision Decision, string Kind), bool> expected = holds is null
            ? d => string.Equals(d.Kind, "approval", name.Contains("INSENSITIVE") ? AnyCase : Exact)
            : d => holds(d.Decision);

        var found = (await factory.Data($"{{ decisions(first: 100, where: {where}) {{ totalCount nodes {{ id }} }} }}")).GetProperty("decisions");

        var ids = found.Ids();
        Assert.Equal(all.Where(expected).Select(d => d.Decision.Id), ids);
        Assert.Equal(ids.Count, found.GetProperty("totalCount").GetInt32());
        Snapshot.Match(ids, SnapshotNameExtension.Create(name.Replace(' ', '-').Replace(",", "")));
    }
}
