using Microsoft.Playwright;

namespace GraphApi.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class ExamplesPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_examples_page_lists_ten_described_queries_and_runs_one_in_place()
    {
        await using var page = await browser.OpenAsync("examples");
        await page.Page.GotoAsync("/explore/examples.html");

        var examples = page.Page.Locator("#examples article");
        await Assertions.Expect(examples).ToHaveCountAsync(10);
        await page.Screenshot("list");

        var first = examples.First;
        await first.GetByRole(AriaRole.Button, new() { Name = "Run" }).ClickAsync();
        await Assertions.Expect(first.Locator("pre.result")).ToContainTextAsync("\"totalCount\"");
        await Assertions.Expect(first.Locator("pre.result")).Not.ToContainTextAsync("Error");
        await first.Locator("pre.result").ScrollIntoViewIfNeededAsync();
        await page.Screenshot("result");

        page.AssertNoForeignRequests();
        Assert.Empty(page.ConsoleErrors);
    }
}
