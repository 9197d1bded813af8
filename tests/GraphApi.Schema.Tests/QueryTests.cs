using System.Text.Json;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphApi.Schema.Tests;

/// <summary>The traversals the API exists for, pinned as snapshots of their results.</summary>
public class QueryTests
{
    private static async Task<JsonElement> Data(string query, object? variables = null)
    {
        var run = await SchemaRunner.ExecuteAsync(query, variables);
        Assert.False(run.Json.TryGetProperty("errors", out var errors), errors.ToString());
        return run.Json.GetProperty("data");
    }

    [Fact]
    public async Task Finds_the_decisions_that_fulfil_clause_323_through_digitaal_vlaanderen()
    {
        var data = await Data(ExampleQueries.All["clause 3.2.3 through digitaal vlaanderen with bases"]);

        Snapshot.Match(data.ToString());
        var ids = data.GetProperty("clause").GetProperty("decisions").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()).ToList();
        Assert.Contains("decision:000-23", ids);
        Assert.DoesNotContain("decision:000-57", ids);
    }

    [Fact]
    public async Task The_agency_argument_takes_the_id_the_name_or_an_alias_alike()
    {
        async Task<int> Count(string agency) => (await Data(
            "query($a: String) { clause(number: \"3.2.3\") { decisions(viaAgency: $a) { totalCount } } }", new { a = agency }))
            .GetProperty("clause").GetProperty("decisions").GetProperty("totalCount").GetInt32();

        var byId = await Count("agency:digitaal-vlaanderen");
        Assert.True(byId > 0);
        Assert.Equal(byId, await Count("Digitaal Vlaanderen"));
        Assert.Equal(byId, await Count("AGENTSCHAP DIGITAAL VLAANDEREN"));
    }

    [Fact]
    public async Task Reads_a_decision_with_its_agencies_budgets_and_evidence()
    {
        var data = await Data(ExampleQueries.All["a decision with its agencies budgets and evidence"]);

        Snapshot.Match(data.ToString());
    }

    [Fact]
    public async Task Filters_decisions_by_a_related_agency_and_a_date_range_and_sorts_them()
    {
        var data = await Data(ExampleQueries.All["decisions of digitaal vlaanderen in 2021 newest first"]);

        Snapshot.Match(data.ToString());
        var dates = data.GetProperty("decisions").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("date").GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
        Assert.All(dates, d => Assert.StartsWith("2021-", d));
    }

    [Fact]
    public async Task Pages_through_all_decisions_with_cursors()
    {
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await Data("query($after: String) { decisions(first: 25, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }", new { after }))
                .GetProperty("decisions");
            Assert.Equal(59, page.GetProperty("totalCount").GetInt32());
            seen.AddRange(page.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        } while (after is not null);

        Assert.Equal(59, seen.Distinct().Count());
    }

    [Fact]
    public async Task Sums_the_budgets_of_agencies_and_programmes_by_year()
    {
        var data = await Data(ExampleQueries.All["budget totals of an agency a building block and a programme"]);

        Snapshot.Match(data.ToString());
        // 111.000 euro a year for 2021 to 2024 (decision 4), plus 111.000 for 2023 (5) and for 2022 (6).
        Assert.Equal(111000m * 4 + 111000m * 2, data.GetProperty("agency").GetProperty("total").GetDecimal());
        Assert.Equal(111000m, data.GetProperty("agency").GetProperty("y2021").GetDecimal());
        Assert.Equal(222000m, data.GetProperty("agency").GetProperty("y2023").GetDecimal());
    }

    [Fact]
    public async Task Searches_with_dutch_stemming_and_highlights_the_matches()
    {
        var data = await Data(ExampleQueries.All["search decisions with highlights"]);

        var hits = data.GetProperty("search").EnumerateArray().ToList();
        Assert.NotEmpty(hits);
        Assert.Contains(hits, h => h.GetProperty("node").GetProperty("id").GetString() == "decision:000-58");
        foreach (var hit in hits)
        {
            var snippet = hit.GetProperty("snippet").GetString()!;
            var first = hit.GetProperty("highlights")[0];
            Assert.StartsWith("burgerprofiel", snippet.Substring(first.GetProperty("start").GetInt32(), first.GetProperty("length").GetInt32()), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Finds_the_shortest_path_between_two_nodes()
    {
        var data = await Data(ExampleQueries.All["path from a decision to its clause"]);

        Snapshot.Match(data.ToString());
        Assert.Equal(1, data.GetProperty("path").GetProperty("length").GetInt32());
    }

    [Fact]
    public async Task Follows_a_track_from_voorontwerp_to_bekrachtiging()
    {
        var data = await Data(ExampleQueries.All["a track and back"]);

        Snapshot.Match(data.ToString());
    }

    [Fact]
    public async Task Answers_nodes_by_id_in_their_order()
    {
        var data = await Data(ExampleQueries.All["nodes by id"]);

        var nodes = data.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(["Agency", "Clause"], nodes.Select(n => n.GetProperty("__typename").GetString()));
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_an_error_naming_the_argument()
    {
        var run = await SchemaRunner.ExecuteAsync("{ decisions(first: 1000) { totalCount } }");

        Assert.Contains("first: 1000 is out of range", run.Json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task An_invalid_cursor_is_an_error_naming_the_argument()
    {
        var run = await SchemaRunner.ExecuteAsync("{ decisions(after: \"bogus\") { totalCount } }");

        Assert.StartsWith("after:", run.Json.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
