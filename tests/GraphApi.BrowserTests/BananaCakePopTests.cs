using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace GraphApi.BrowserTests;

[Collection(BrowserCollection.Name)]
public sealed class BananaCakePopTests(BrowserFixture browser)
{
    private const string Query = """
        # The decisions fulfilling clause 3.2.3 via Digitaal Vlaanderen
        {
          clause(number: "3.2.3") {
            decisions(viaAgency: "Digitaal Vlaanderen", first: 50) {
              totalCount
              nodes { id }
            }
          }
        }
        """;

    [Fact]
    public async Task The_ide_loads_offline_and_shows_the_decisions_fulfilling_clause_323_via_digitaal_vlaanderen()
    {
        var expected = await DecisionIds();
        await using var page = await browser.OpenAsync("ide");

        await page.Page.GotoAsync("/graphql");
        var create = page.Page.GetByText("Create Document", new() { Exact = true }).First;
        await create.WaitForAsync();
        Assert.EndsWith("/graphql/", page.Page.Url);
        await page.Screenshot("welcome");

        await create.ClickAsync();
        var editor = page.Page.Locator(".monaco-editor").First;
        await editor.WaitForAsync();
        await page.Page.GetByText("Schema available").First.WaitForAsync();
        await editor.ClickAsync();
        await page.Page.Keyboard.PressAsync("ControlOrMeta+A");
        // Lines go in without their indentation: the editor indents each inserted line itself.
        await page.Page.Keyboard.InsertTextAsync(string.Join("\n", Query.Split('\n').Select(line => line.Trim())));
        await Assertions.Expect(editor).ToContainTextAsync("Digitaal Vlaanderen");
        await page.Screenshot("query");

        var run = page.Page.GetByRole(AriaRole.Button, new() { Name = "Run" }).First;
        // The request editor holds the query; the response editor is the one that comes to hold the answer's data.
        var response = page.Page.Locator(".monaco-editor", new() { HasText = "\"data\"" });
        // The IDE takes the editor's text into its document a moment after typing: a Run before that answers
        // "Document does not contain any operations" (seen on a loaded CI machine), and a user would press Run again.
        for (var attempt = 1; ; attempt++)
        {
            await run.ClickAsync();
            try
            {
                await response.First.WaitForAsync(new() { Timeout = 15_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 4)
            {
                await page.Screenshot($"run-attempt-{attempt}");
            }
        }
        await Assertions.Expect(response).ToContainTextAsync($"\"totalCount\": {expected.Count}");
        foreach (var id in expected)
            await Assertions.Expect(response).ToContainTextAsync(id);
        await page.Screenshot("result");

        page.AssertNoForeignRequests();
    }

    // What the API answers, asked directly, so that the test does not pin the corpus.
    private async Task<List<string>> DecisionIds()
    {
        using var http = new HttpClient { BaseAddress = browser.Origin };
        using var response = await http.PostAsJsonAsync("/graphql", new { query = Query });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var ids = json.RootElement.GetProperty("data").GetProperty("clause").GetProperty("decisions").GetProperty("nodes")
            .EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(ids);
        return ids;
    }
}
