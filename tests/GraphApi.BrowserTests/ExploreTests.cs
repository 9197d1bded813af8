using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace GraphApi.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ExploreTests(BrowserFixture browser)
{
    // The neighbour or edge standing farthest from every other node, so that a click at its place hits it and nothing else.
    private const string LoneNeighbour = """
        ([graph, expanded]) => {
          const away = (p, except) => Math.min(...graph.nodes().filter(o => !except.includes(o.id())).map(o => Math.hypot(o.renderedPosition().x - p.x, o.renderedPosition().y - p.y)));
          const box = graph.container().getBoundingClientRect();
          const candidates = graph.nodes().filter(n => n.id() !== expanded).map(n => ({ id: n.id(), name: n.data('name'), p: n.renderedPosition(), room: away(n.renderedPosition(), [n.id()]) }));
          const best = candidates.sort((a, b) => b.room - a.room)[0];
          return { id: best.id, name: best.name, x: box.left + best.p.x, y: box.top + best.p.y };
        }
        """;

    private const string LoneEdge = """
        graph => {
          const box = graph.container().getBoundingClientRect();
          const room = e => { const m = e.renderedMidpoint(); return Math.min(...graph.nodes().map(o => Math.hypot(o.renderedPosition().x - m.x, o.renderedPosition().y - m.y))); };
          const best = graph.edges().sort((a, b) => room(b) - room(a))[0];
          const m = best.renderedMidpoint();
          return { id: best.id(), type: best.data('type'), source: best.source().id(), x: box.left + m.x, y: box.top + m.y };
        }
        """;

    // Filled by Playwright from the page's answers, which needs settable properties.
    private sealed class Spot
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public float X { get; set; }
        public float Y { get; set; }
    }

    private sealed class EdgeSpot
    {
        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public string Source { get; set; } = "";
        public float X { get; set; }
        public float Y { get; set; }
    }

    [Fact]
    public async Task Typing_an_agency_draws_its_neighbourhood_a_click_expands_a_node_and_another_shows_an_edges_evidence()
    {
        await using var page = await browser.OpenAsync("explore");
        await page.Page.GotoAsync("/explore");
        await page.Page.GetByLabel("Decision, agency, programme or clause").FillAsync("Digitaal Vlaanderen");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        var status = page.Page.Locator("#status");
        await Assertions.Expect(status).ToContainTextAsync("relationships");
        await Assertions.Expect(page.Page.Locator("#selection h2")).ToHaveTextAsync("Digitaal Vlaanderen");
        var graph = await page.Page.EvaluateHandleAsync("window.exploreGraph");
        var neighbours = await Links("agency:digitaal-vlaanderen");
        Assert.Equal(neighbours.Select(l => l.Other).Append("agency:digitaal-vlaanderen").Distinct().Count(),
            await page.Page.EvaluateAsync<int>("graph => graph.nodes().length", graph));
        await page.Screenshot("neighbourhood");

        var neighbour = await page.Page.EvaluateAsync<Spot>(LoneNeighbour, new object[] { graph, "agency:digitaal-vlaanderen" });
        await page.Page.Mouse.ClickAsync(neighbour.X, neighbour.Y);
        await Assertions.Expect(page.Page.Locator("#selection h2")).ToHaveTextAsync(neighbour.Name);
        await page.Page.WaitForFunctionAsync("([graph, id]) => graph.getElementById(id).hasClass('expanded')", new object[] { graph, neighbour.Id });
        var expandedLinks = await Links(neighbour.Id);
        Assert.Equal(expandedLinks.Count, await page.Page.EvaluateAsync<int>("([graph, id]) => graph.getElementById(id).connectedEdges().length", new object[] { graph, neighbour.Id }));
        await page.Screenshot("expanded");

        var spot = await page.Page.EvaluateAsync<EdgeSpot>(LoneEdge, graph);
        await page.Page.Mouse.ClickAsync(spot.X, spot.Y);
        // Lines cross, so the click may land on another line than the one aimed at: the picture's selection says which.
        await page.Page.WaitForFunctionAsync("graph => graph.edges(':selected').length === 1", graph);
        var edge = await page.Page.EvaluateAsync<EdgeSpot>(
            "graph => { const e = graph.edges(':selected')[0]; return { id: e.id(), type: e.data('type'), source: e.source().id(), x: 0, y: 0 }; }", graph);
        await Assertions.Expect(page.Page.Locator("#selection h2")).ToHaveTextAsync(edge.Type);
        var quotes = (await Links(edge.Source)).Single(l => l.Id == edge.Id).Quotes;
        await Assertions.Expect(page.Page.Locator("#selection blockquote")).ToHaveTextAsync(quotes.ToArray());
        await page.Screenshot("evidence");

        page.AssertNoForeignRequests();
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task An_unknown_name_shows_not_found_with_suggestions_that_lead_to_the_graph()
    {
        await using var page = await browser.OpenAsync("explore-unknown");
        await page.Page.GotoAsync("/explore/?name=Digitaal%20Vlaandren");

        await Assertions.Expect(page.Page.Locator("#suggestions")).ToContainTextAsync("\"Digitaal Vlaandren\" was not found.");
        var suggestions = page.Page.Locator("#suggestions li a");
        await Assertions.Expect(suggestions.First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Page.EvaluateAsync<int>("window.exploreGraph.nodes().length"));
        await page.Screenshot("suggestions");

        var first = await suggestions.First.TextContentAsync();
        await suggestions.First.ClickAsync();
        await page.Page.WaitForURLAsync(url => url.Contains("?name=") && !url.Contains("Vlaandren"));
        await Assertions.Expect(page.Page.Locator("#suggestions")).ToBeHiddenAsync();
        await Assertions.Expect(page.Page.Locator("#status")).ToContainTextAsync("relationships");
        Assert.StartsWith(await page.Page.Locator("#selection h2").TextContentAsync() ?? "", first);
        await page.Screenshot("suggestion-followed");

        page.AssertNoForeignRequests();
        Assert.Empty(page.ConsoleErrors);
    }

    private sealed record Link(string Id, string Other, IReadOnlyList<string> Quotes);

    /// <summary>Every relationship of a node both ways, asked of the API directly.</summary>
    private async Task<List<Link>> Links(string id)
    {
        string[] types = ["ALLOCATES", "CITES", "DECIDED_BY", "EVALUATES", "FOLLOWS", "FULFILLS", "FUNDS", "INVOLVES", "MEASURES", "MENTIONS", "PART_OF", "RESPONSIBLE_FOR"];
        var fields = string.Join(" ", types.SelectMany(t => new[] { "OUTGOING", "INCOMING" }.Select(d =>
            $"{t}_{d}: links(type: \"{t}\", direction: {d}) {{ id node {{ id }} sources {{ quote }} }}")));
        using var http = new HttpClient { BaseAddress = browser.Origin };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = $"query($id: ID!) {{ node(id: $id) {{ {fields} }} }}", variables = new { id } });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("data").GetProperty("node").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateArray())
            .Select(l => new Link(l.GetProperty("id").GetString()!, l.GetProperty("node").GetProperty("id").GetString()!,
                l.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("quote").GetString()!).ToList()))
            .ToList();
    }
}
