using Microsoft.Playwright;

namespace GraphApi.BrowserTests;

/// <summary>
/// axe-core (npm, copied beside the tests as axe/axe.min.js) run in a page against WCAG 2.1 A and AA. The page must be
/// opened in a context that bypasses its Content-Security-Policy, which refuses injected scripts.
/// </summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js"));

    /// <summary>The serious and critical violations, one line each: rule, help text and the elements concerned.</summary>
    public static async Task<IReadOnlyList<string>> SeriousViolations(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script });
        return await page.EvaluateAsync<string[]>("""
            async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations
              .filter(v => v.impact === 'serious' || v.impact === 'critical')
              .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
    }
}
