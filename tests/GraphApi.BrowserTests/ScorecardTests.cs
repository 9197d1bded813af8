using System.Text;
using System.Xml.Linq;
using Microsoft.Playwright;
using Microsoft.VisualBasic.FileIO;

namespace GraphApi.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ScorecardTests(BrowserFixture browser)
{
    private const string Clause = "3.2.3";

    private static async Task OpenScorecard(BrowserPage page, string address)
    {
        await page.Page.GotoAsync(address);
        await Assertions.Expect(page.Page.Locator("body[data-ready]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task The_scorecard_of_clause_323_counts_as_the_api_does_shows_every_promise_with_its_badge_and_evidence_and_draws_both_charts()
    {
        var facts = await ScorecardFacts.AskAsync(browser.Origin, Clause);
        await using var page = await browser.OpenAsync("scorecard");
        await OpenScorecard(page, $"/scorecard/{Clause}");

        await Assertions.Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "nl");
        await Assertions.Expect(page.Page.Locator("h1")).ToContainTextAsync($"Bepaling {Clause}");
        var summary = page.Page.Locator(".summary-bar li");
        var expected = facts.Promises.GroupBy(p => p.Status).ToDictionary(g => g.Key, g => g.Count());
        await Assertions.Expect(summary).ToHaveCountAsync(expected.Count);
        foreach (var (status, count) in expected)
            await Assertions.Expect(page.Page.Locator($".summary-bar li[data-status='{status}'] .count")).ToHaveTextAsync(count.ToString());
        await page.Screenshot("summary");

        // The timeline has a symbol per dated decision; the money chart a bar per year.
        await Assertions.Expect(page.Page.Locator("#tijdlijn svg .role-mark.mark-symbol path")).ToHaveCountAsync(facts.DatedEvidence);
        await Assertions.Expect(page.Page.Locator("#geld svg .role-mark.mark-rect path")).ToHaveCountAsync(facts.BudgetYears);
        await page.Page.Locator("#tijdlijn").ScrollIntoViewIfNeededAsync();
        await page.Screenshot("charts");

        await Assertions.Expect(page.Page.Locator("article.promise")).ToHaveCountAsync(facts.Promises.Count);
        foreach (var promise in facts.Promises)
        {
            var section = page.Page.Locator($"#belofte-{promise.Ordinal}");
            await Assertions.Expect(section.Locator(".promise-top .badge")).ToHaveAttributeAsync("data-status", promise.Status);
            await Assertions.Expect(section.Locator(".promise-top .badge")).Not.ToBeEmptyAsync();
            var evidence = section.Locator("li.evidence");
            await Assertions.Expect(evidence).ToHaveCountAsync(promise.Evidence.Count);
            for (var i = 0; i < promise.Evidence.Count; i++)
            {
                var e = promise.Evidence[i];
                await Assertions.Expect(evidence.Nth(i).Locator("a.decision")).ToHaveAttributeAsync("href", $"/explore/?name={Uri.EscapeDataString(e.DecisionId)}");
                await Assertions.Expect(evidence.Nth(i).Locator("dd").First).ToHaveTextAsync(e.Date ?? "datum onbekend");
                await Assertions.Expect(evidence.Nth(i).Locator("blockquote")).ToHaveTextAsync(e.Quotes.ToArray());
            }
        }
        await page.Page.Locator("#belofte-1").ScrollIntoViewIfNeededAsync();
        await page.Screenshot("promises");

        page.AssertNoForeignRequests();
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task A_permalink_opens_its_promise_highlighted_and_one_to_a_promise_that_does_not_exist_opens_the_clause_with_a_notice()
    {
        var facts = await ScorecardFacts.AskAsync(browser.Origin, Clause);
        var last = facts.Promises.Max(p => p.Ordinal);
        var opened = facts.Promises.MaxBy(p => p.Evidence.Count)!.Ordinal;
        await using var page = await browser.OpenAsync("scorecard-permalink");

        await OpenScorecard(page, $"/scorecard/{Clause}#belofte-{opened}");
        var target = page.Page.Locator($"#belofte-{opened}");
        await Assertions.Expect(target).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bhighlighted\b"));
        await Assertions.Expect(target).ToBeInViewportAsync();
        await Assertions.Expect(target).ToBeFocusedAsync();
        await Assertions.Expect(page.Page.Locator(".promise.highlighted")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Page.Locator("#notice")).ToBeHiddenAsync();
        await page.Screenshot("promise");

        // The permalink of another promise, followed in the page, moves the highlight.
        await page.Page.Locator("#belofte-1 a.permalink").ClickAsync();
        await Assertions.Expect(page.Page.Locator(".promise.highlighted")).ToHaveAttributeAsync("id", "belofte-1");
        await Assertions.Expect(page.Page.Locator("#belofte-1")).ToBeInViewportAsync();

        // Opened afresh, not as a jump within the page that is already there.
        await OpenScorecard(page, "/scorecard");
        await OpenScorecard(page, $"/scorecard/{Clause}#belofte-{last + 90}");
        await Assertions.Expect(page.Page.Locator("#notice")).ToHaveTextAsync($"Belofte {last + 90} bestaat niet in bepaling {Clause}. Hieronder staat de hele bepaling.");
        await Assertions.Expect(page.Page.Locator("article.promise")).ToHaveCountAsync(facts.Promises.Count);
        await Assertions.Expect(page.Page.Locator(".promise.highlighted")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Page.Locator("#notice")).ToBeInViewportAsync();
        await page.Screenshot("unknown-promise");

        page.AssertNoForeignRequests();
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task The_charts_download_as_valid_svg_and_png_and_the_scorecard_as_csv_with_a_row_per_piece_of_evidence()
    {
        var facts = await ScorecardFacts.AskAsync(browser.Origin, Clause);
        await using var page = await browser.OpenAsync("scorecard-downloads");
        await OpenScorecard(page, $"/scorecard/{Clause}");

        foreach (var chart in new[] { "tijdlijn", "geld" })
        {
            var svg = XDocument.Parse(await Download(page, $"#{chart} button:text-is('Download SVG')"));
            XNamespace ns = "http://www.w3.org/2000/svg";
            Assert.Equal(ns + "svg", svg.Root!.Name);
            Assert.NotEmpty(svg.Descendants(ns + "path"));
            Assert.NotEmpty(svg.Descendants(ns + "text"));
            var png = await DownloadBytes(page, $"#{chart} button:text-is('Download PNG')");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        }
        // The downloaded timeline has the picture's symbols: one per dated decision.
        XNamespace svgNs = "http://www.w3.org/2000/svg";
        var timeline = XDocument.Parse(await Download(page, "#tijdlijn button:text-is('Download SVG')"));
        Assert.Equal(facts.DatedEvidence, timeline.Descendants(svgNs + "g")
            .Where(g => (g.Attribute("class")?.Value ?? "").Split(' ') is var classes && classes.Contains("mark-symbol") && classes.Contains("role-mark")).SelectMany(g => g.Elements(svgNs + "path")).Count());

        var rows = ParseCsv(await Download(page, "button:text-is('Download de scorecard als CSV')"));
        var header = rows[0];
        var body = rows.Skip(1).ToList();
        var decision = Array.IndexOf(header, "beslissing_id");
        Assert.Equal(facts.Promises.Sum(p => Math.Max(1, p.Evidence.Count)), body.Count);
        Assert.Equal(facts.Promises.Sum(p => p.Evidence.Count), body.Count(r => r[decision] != ""));
        Assert.All(body, r => Assert.Equal(header.Length, r.Length));
        foreach (var promise in facts.Promises)
            Assert.Equal(promise.Evidence.Select(e => e.DecisionId).DefaultIfEmpty(""),
                body.Where(r => r[Array.IndexOf(header, "belofte")] == promise.Ordinal.ToString()).Select(r => r[decision]));
        await page.Screenshot("downloaded");

        page.AssertNoForeignRequests();
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task An_unknown_clause_says_niet_gevonden_and_lists_the_clauses_there_are()
    {
        await using var page = await browser.OpenAsync("scorecard-unknown");
        await OpenScorecard(page, "/scorecard/9.9.9");

        await Assertions.Expect(page.Page.Locator("h1")).ToHaveTextAsync("Bepaling 9.9.9 niet gevonden");
        var clause = page.Page.Locator($"ul.clauses a[href='/scorecard/{Clause}']");
        await Assertions.Expect(clause).ToBeVisibleAsync();
        await page.Screenshot("not-found");

        await clause.ClickAsync();
        await Assertions.Expect(page.Page.Locator("article.promise").First).ToBeVisibleAsync();
        Assert.EndsWith($"/scorecard/{Clause}", page.Page.Url);

        page.AssertNoForeignRequests();
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task When_the_api_is_slow_the_page_says_so_and_when_it_is_down_it_shows_a_message_with_a_retry_button()
    {
        await using var page = await browser.OpenAsync("scorecard-api-down");
        var down = true;
        await page.Page.RouteAsync("**/graphql", async route =>
        {
            if (down) await route.AbortAsync("connectionrefused");
            else
            {
                await Task.Delay(5_000);
                await route.ContinueAsync();
            }
        });
        await page.Page.GotoAsync($"/scorecard/{Clause}");

        var status = page.Page.Locator("#status");
        await Assertions.Expect(status).ToContainTextAsync("De scorecard kon niet worden geladen: de API is niet bereikbaar.");
        await Assertions.Expect(page.Page.Locator("article.promise")).ToHaveCountAsync(0);
        await page.Screenshot("down");

        down = false;
        await status.GetByRole(AriaRole.Button, new() { Name = "Opnieuw proberen" }).ClickAsync();
        await Assertions.Expect(status).ToContainTextAsync("langer dan gewoonlijk");
        await page.Screenshot("slow");
        await Assertions.Expect(page.Page.Locator("article.promise").First).ToBeVisibleAsync();
        await Assertions.Expect(status).ToBeHiddenAsync();

        page.AssertNoForeignRequests();
        // The refused requests themselves are the only errors the console reports.
        Assert.All(page.ConsoleErrors, e => Assert.Contains("ERR_CONNECTION_REFUSED", e));
    }

    [Fact]
    public async Task Every_control_of_the_scorecard_is_reached_by_the_tab_key_and_the_table_toggle_works_with_enter()
    {
        await using var page = await browser.OpenAsync("scorecard-keyboard");
        await OpenScorecard(page, $"/scorecard/{Clause}");
        var controls = await page.Page.EvaluateAsync<int>("document.querySelectorAll('a[href], button, summary').length");

        var reached = new HashSet<int>();
        await page.Page.EvaluateAsync("[...document.querySelectorAll('a[href], button, summary')].forEach((e, i) => e.dataset.control = i)");
        for (var i = 0; i < controls + 40 && reached.Count < controls; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            var index = await page.Page.EvaluateAsync<int>("Number(document.activeElement?.dataset.control ?? -1)");
            if (index >= 0) reached.Add(index);
        }
        Assert.Equal(controls, reached.Count);

        var toggle = page.Page.Locator("#geld button", new() { HasText = "Toon de cijfers als tabel" });
        await toggle.FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Page.Locator("#geld-table")).ToBeVisibleAsync();
        await Assertions.Expect(page.Page.Locator("#geld button[aria-controls='geld-table']")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Page.Locator("#geld-table tbody tr")).ToHaveCountAsync((await ScorecardFacts.AskAsync(browser.Origin, Clause)).BudgetYears);
        await page.Page.Locator("#geld-table").ScrollIntoViewIfNeededAsync();
        await page.Screenshot("money-table");

        page.AssertNoForeignRequests();
        Assert.Empty(page.ConsoleErrors);
    }

    [Fact]
    public async Task A_promise_node_on_the_explore_page_links_to_its_section_of_the_scorecard()
    {
        await using var page = await browser.OpenAsync("scorecard-from-explore");
        await page.Page.GotoAsync("/explore/?name=promise:3.2.3-09");
        var tracker = page.Page.Locator("#selection a.scorecard");
        await Assertions.Expect(tracker).ToHaveAttributeAsync("href", $"/scorecard/{Clause}#belofte-9");
        await page.Screenshot("explore");

        await tracker.ClickAsync();
        await Assertions.Expect(page.Page.Locator("body[data-ready]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Page.Locator(".promise.highlighted")).ToHaveAttributeAsync("id", "belofte-9");
        await Assertions.Expect(page.Page.Locator("#belofte-9")).ToBeInViewportAsync();
        await page.Screenshot("scorecard");

        page.AssertNoForeignRequests();
        Assert.Empty(page.ConsoleErrors);
    }

    [Theory]
    [InlineData("/scorecard", "overview")]
    [InlineData("/scorecard/3.2.3", "clause")]
    [InlineData("/explore/", "explore")]
    [InlineData("/explore/examples.html", "examples")]
    public async Task Axe_finds_no_serious_or_critical_wcag_21_aa_violation(string address, string name)
    {
        await using var page = await browser.OpenAsync($"axe-{name}", bypassCsp: true);
        await page.Page.GotoAsync(address);
        if (address.StartsWith("/scorecard"))
        {
            await Assertions.Expect(page.Page.Locator("body[data-ready]")).ToHaveCountAsync(1);
            // The tables behind a clause's toggles are checked too.
            if (address.StartsWith("/scorecard/"))
                foreach (var chart in new[] { "tijdlijn", "geld" }) await page.Page.Locator($"#{chart} button[aria-controls]").ClickAsync();
        }
        if (address.EndsWith("examples.html"))
        {
            await Assertions.Expect(page.Page.Locator("#examples article")).ToHaveCountAsync(10);
            await page.Page.Locator("#examples article button", new() { HasText = "Run" }).First.ClickAsync();
            await Assertions.Expect(page.Page.Locator("pre.result").First).ToContainTextAsync("totalCount");
        }

        var violations = await Axe.SeriousViolations(page.Page);
        await page.Screenshot("checked");

        Assert.True(violations.Count == 0, string.Join("\n", violations));
        page.AssertNoForeignRequests();
    }

    private static async Task<string> Download(BrowserPage page, string button) =>
        Encoding.UTF8.GetString(await DownloadBytes(page, button));

    private static async Task<byte[]> DownloadBytes(BrowserPage page, string button)
    {
        var download = await page.Page.RunAndWaitForDownloadAsync(() => page.Page.Locator(button).ClickAsync());
        await using var stream = await download.CreateReadStreamAsync();
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes);
        return bytes.ToArray();
    }

    // RFC 4180, quoted fields with line breaks included.
    private static List<string[]> ParseCsv(string text)
    {
        using var parser = new TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData) rows.Add(parser.ReadFields()!);
        return rows;
    }
}
