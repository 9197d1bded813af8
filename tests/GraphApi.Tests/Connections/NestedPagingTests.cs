using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Snapshooter.Xunit;

namespace GraphApi.Tests.Connections;

/// <summary>Relationship fields as connections: paged forward and backward with totalCount, sorted, filtered, and at one store call per level.</summary>
public sealed class NestedPagingTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Decisions = """
        query($first: Int, $after: String, $last: Int, $before: String) { node(id: "agency:digitaal-vlaanderen") { ... on Agency {
          decisions(first: $first, after: $after, last: $last, before: $before, order: [{ date: DESC }]) {
            totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id date } } } } } }
        """;

    private async Task<JsonElement> Page(object variables) => (await factory.Data(Decisions, variables)).GetProperty("node").GetProperty("decisions");

    private static List<string> Ids(JsonElement page) => page.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!).ToList();

    [Fact]
    public async Task Paging_an_agencys_decisions_forward_and_backward_gives_each_once_in_the_same_order()
    {
        var all = await Page(new { first = 100 });
        var total = all.GetProperty("totalCount").GetInt32();
        var forward = new List<string>();
        for (string? after = null; ;)
        {
            var page = await Page(new { first = 3, after });
            Assert.Equal(total, page.GetProperty("totalCount").GetInt32());
            forward.AddRange(Ids(page));
            Assert.Equal(after is not null, page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            if (!page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()) break;
            after = page.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
        var backward = new List<string>();
        for (string? before = null; ;)
        {
            var page = await Page(new { last = 3, before });
            Assert.Equal(total, page.GetProperty("totalCount").GetInt32());
            backward.InsertRange(0, Ids(page));
            if (!page.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()) break;
            before = page.GetProperty("pageInfo").GetProperty("startCursor").GetString();
        }

        Assert.True(total > 6, $"Digitaal Vlaanderen is named by {total} decisions");
        Assert.Equal(Ids(all), forward);
        Assert.Equal(forward, backward);
        var dates = all.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("date").GetString()).ToList();
        var dated = dates.TakeWhile(d => d is not null).ToList();
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.All(dates.Skip(dated.Count), d => Assert.Null(d));
    }

    [Fact]
    public async Task The_first_page_backward_and_its_neighbour_are_pinned()
    {
        var last = await Page(new { last = 3 });
        var before = await Page(new { last = 3, before = last.GetProperty("pageInfo").GetProperty("startCursor").GetString() });

        Snapshot.Match($"{last}\n{before}");
        Assert.False(last.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(before.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
    }

    [Fact]
    public async Task Twenty_agencies_with_their_five_newest_decisions_and_counts_cost_two_store_calls()
    {
        const string query = "{ agencies(first: 20) { nodes { id decisions(first: 5, order: [{ date: DESC }]) { totalCount nodes { id date } } } } }";

        var (_, body) = await factory.Post(query, debug: true);

        var agencies = body.GetProperty("data").GetProperty("agencies").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(20, agencies.Count);
        Assert.All(agencies, a => Assert.Equal(
            Math.Min(5, a.GetProperty("decisions").GetProperty("totalCount").GetInt32()), a.GetProperty("decisions").GetProperty("nodes").GetArrayLength()));
        // The agencies; every agency's decisions.
        Assert.Equal(2, body.GetProperty("extensions").GetProperty("storeCalls").GetInt32());
    }

    [Fact]
    public async Task A_nested_where_narrows_the_page_and_the_count()
    {
        var data = await factory.Data("""
            { node(id: "agency:digitaal-vlaanderen") { ... on Agency {
                all: decisions { totalCount }
                y2021: decisions(where: { date: { startsWith: "2021" } }, first: 100) { totalCount nodes { id date } } } } }
            """);

        var y2021 = data.GetProperty("node").GetProperty("y2021");
        Assert.True(y2021.GetProperty("totalCount").GetInt32() < data.GetProperty("node").GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.Equal(y2021.GetProperty("totalCount").GetInt32(), y2021.GetProperty("nodes").GetArrayLength());
        Assert.All(y2021.GetProperty("nodes").EnumerateArray(), n => Assert.StartsWith("2021", n.GetProperty("date").GetString()));
    }
}
