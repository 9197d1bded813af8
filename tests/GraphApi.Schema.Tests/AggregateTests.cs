using System.Text.Json;
using GraphApi.Graph;
using GraphApi.Schema.Extensions;

namespace GraphApi.Schema.Tests;

/// <summary>Aggregates of connections and sorting by a count of related nodes, checked against the graph itself.</summary>
public class AggregateTests
{
    private static async Task<JsonElement> Data(string query)
    {
        var run = await SchemaRunner.ExecuteAsync(query);
        Assert.False(run.Json.TryGetProperty("errors", out var errors), errors.ToString());
        return run.Json.GetProperty("data");
    }

    private static KnowledgeGraph Graph => SchemaRunner.Graph.Value;

    private static List<Node> DecisionsOf(string agency) =>
        Graph.Relationships.Where(r => r.Type == RelationshipType.Involves && r.End == agency).Select(r => Graph.Node(r.Start)!)
            .Where(n => n.Label == NodeLabel.Decision).DistinctBy(n => n.Id).ToList();

    [Fact]
    public async Task An_agencys_decisions_have_a_count_and_the_first_and_last_date_over_all_pages()
    {
        var decisions = (await Data("""
            { node(id: "agency:digitaal-vlaanderen") { ... on Agency { decisions(first: 1) { aggregates { count min { date sourceIndex } max { date sourceIndex } } } } } }
            """)).GetProperty("node").GetProperty("decisions").GetProperty("aggregates");

        var expected = DecisionsOf("agency:digitaal-vlaanderen");
        var dates = expected.Select(d => d.Get<string>("date")).OfType<string>().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected.Count, decisions.GetProperty("count").GetInt32());
        Assert.Equal(dates[0], decisions.GetProperty("min").GetProperty("date").GetString());
        Assert.Equal(dates[^1], decisions.GetProperty("max").GetProperty("date").GetString());
        Assert.Equal(expected.Min(d => d.Get<long>("sourceIndex")), decisions.GetProperty("min").GetProperty("sourceIndex").GetInt64());
        Assert.Equal(expected.Max(d => d.Get<long>("sourceIndex")), decisions.GetProperty("max").GetProperty("sourceIndex").GetInt64());
    }

    [Fact]
    public async Task The_sum_of_an_agencys_budgets_counts_each_euro_once_as_its_budget_total()
    {
        var agencies = (await Data("""
            { agencies(where: { budgets: { any: true } }, first: 100) { nodes { id budgetTotal budgets(first: 1) { aggregates { count sum { amount } min { amount } max { amount } } } } } }
            """)).GetProperty("agencies").GetProperty("nodes").EnumerateArray().ToList();

        Assert.NotEmpty(agencies);
        Assert.All(agencies, a => Assert.Equal(a.GetProperty("budgetTotal").GetDecimal(), a.GetProperty("budgets").GetProperty("aggregates").GetProperty("sum").GetProperty("amount").GetDecimal()));
        Assert.All(agencies, a => Assert.True(a.GetProperty("budgets").GetProperty("aggregates").GetProperty("min").GetProperty("amount").GetDecimal()
            <= a.GetProperty("budgets").GetProperty("aggregates").GetProperty("max").GetProperty("amount").GetDecimal()));
    }

    [Fact]
    public async Task Aggregates_cost_no_store_call_beyond_the_page_and_the_sum_two()
    {
        var counted = await SchemaRunner.ExecuteAsync("{ agencies(first: 20) { nodes { decisions(first: 5) { aggregates { count min { date } max { date } } nodes { id } } } } }");
        var summed = await SchemaRunner.ExecuteAsync("{ agencies(first: 20) { nodes { budgets(first: 5) { aggregates { sum { amount } } } } } }");

        Assert.Equal(2, counted.StoreCalls);
        // The agencies; their budgets' page; all their budgets and those budgets' PART_OF for the sum.
        Assert.Equal(4, summed.StoreCalls);
    }

    [Fact]
    public async Task Agencies_sort_by_how_many_decisions_name_them()
    {
        var agencies = (await Data("{ agencies(first: 10, order: [{ decisionsCount: DESC }, { name: ASC }]) { nodes { id decisions { totalCount } } } }"))
            .GetProperty("agencies").GetProperty("nodes").EnumerateArray().ToList();

        var counts = agencies.Select(a => a.GetProperty("decisions").GetProperty("totalCount").GetInt32()).ToList();
        var expected = Graph.NodesLabelled(NodeLabel.Agency).Select(a => DecisionsOf(a.Id).Count).OrderDescending().Take(10).ToList();
        Assert.Equal(expected, counts);
        Assert.True(counts[0] > counts[^1]);
    }

    [Fact]
    public async Task A_nested_connection_sorts_by_a_count_too()
    {
        var programmes = (await Data("""
            { node(id: "agency:digitaal-vlaanderen") { ... on Agency { decisions(first: 100, order: [{ programmesCount: DESC }]) { nodes { programmes { totalCount } } } } } }
            """)).GetProperty("node").GetProperty("decisions").GetProperty("nodes").EnumerateArray()
            .Select(d => d.GetProperty("programmes").GetProperty("totalCount").GetInt32()).ToList();

        Assert.Equal(programmes.OrderDescending(), programmes);
        Assert.True(programmes[0] > 0);
    }

    [Fact]
    public async Task Agencies_sort_by_their_budget_total_and_page_on_in_that_order()
    {
        var first = (await Data("{ agencies(first: 3, order: [{ budgetTotal: DESC }, { name: ASC }]) { pageInfo { endCursor } nodes { id budgetTotal } } }")).GetProperty("agencies");
        var next = (await SchemaRunner.ExecuteAsync("query($after: String) { agencies(first: 3, after: $after, order: [{ budgetTotal: DESC }, { name: ASC }]) { nodes { id budgetTotal } } }",
            new { after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).Json.GetProperty("data").GetProperty("agencies");
        var all = (await Data("{ agencies(first: 100) { nodes { id budgetTotal } } }")).GetProperty("agencies").GetProperty("nodes").EnumerateArray()
            .Select(a => a.GetProperty("budgetTotal").GetDecimal()).OrderDescending().Take(6).ToList();

        var totals = first.GetProperty("nodes").EnumerateArray().Concat(next.GetProperty("nodes").EnumerateArray()).Select(a => a.GetProperty("budgetTotal").GetDecimal()).ToList();
        Assert.Equal(all, totals);
        Assert.True(totals[0] > totals[^1]);
    }

    [Fact]
    public async Task Budget_total_sorts_only_first_and_only_root_collections()
    {
        var second = await SchemaRunner.ExecuteAsync("{ agencies(order: [{ name: ASC }, { budgetTotal: DESC }]) { totalCount } }");
        var nested = await SchemaRunner.ExecuteAsync("""{ node(id: "decision:000-05") { ... on Decision { agencies(order: [{ budgetTotal: DESC }]) { totalCount } } } }""");

        Assert.Contains("order: budgetTotal sorts first", second.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Contains("order: budgetTotal sorts the root collections only", nested.Json.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_same_connection_with_and_without_aggregates_in_one_query_gets_both()
    {
        var node = (await Data("""
            { node(id: "agency:digitaal-vlaanderen") { ... on Agency { plain: decisions(first: 2) { nodes { id } } figures: decisions(first: 2) { aggregates { min { date } } nodes { id } } } } }
            """)).GetProperty("node");

        Assert.Equal(node.GetProperty("plain").GetProperty("nodes").ToString(), node.GetProperty("figures").GetProperty("nodes").ToString());
        Assert.Equal(JsonValueKind.String, node.GetProperty("figures").GetProperty("aggregates").GetProperty("min").GetProperty("date").ValueKind);
    }
}
