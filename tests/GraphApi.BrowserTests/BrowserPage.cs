using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace GraphApi.BrowserTests;

/// <summary>
/// A page in its own browser context. Every request the page makes to another origin than the API's is
/// recorded and refused (the product works offline and calls no one), and <see cref="Screenshot"/> keeps
/// each step as screenshots/TEST-STEP.png under the test output folder.
/// </summary>
public sealed class BrowserPage : IAsyncDisposable
{
    /// <summary>Generous: two cores are shared by several builds, and the IDE's bundle is large.</summary>
    public const float Timeout = 60_000;

    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private readonly IBrowserContext _context;
    private readonly string _testName;
    private int _step;

    private BrowserPage(IBrowserContext context, IPage page, Uri origin, string testName)
    {
        _context = context;
        Page = page;
        Origin = origin;
        _testName = testName;
    }

    public IPage Page { get; }
    public Uri Origin { get; }

    /// <summary>Requests to other origins, in the order the page made them.</summary>
    public ConcurrentQueue<string> ForeignRequests { get; } = new();

    /// <summary>Errors the page's console reported, such as a script that failed or a refused resource.</summary>
    public ConcurrentQueue<string> ConsoleErrors { get; } = new();

    /// <param name="bypassCsp">Lets scripts the test injects (axe-core) run despite the page's Content-Security-Policy;
    /// only for contexts that check something else than the page's own behaviour under its policy.</param>
    public static async Task<BrowserPage> OpenAsync(IBrowser browser, Uri origin, string testName, bool bypassCsp = false)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = origin.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 960 },
            ServiceWorkers = ServiceWorkerPolicy.Block,
            BypassCSP = bypassCsp,
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(Timeout);
        var page = await context.NewPageAsync();
        var watched = new BrowserPage(context, page, origin, testName);
        var own = origin.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            if (IsOwn(url, own)) await route.ContinueAsync();
            else
            {
                watched.ForeignRequests.Enqueue($"{route.Request.Method} {url}");
                await route.AbortAsync("blockedbyclient");
            }
        });
        page.Console += (_, message) => { if (message.Type == "error") watched.ConsoleErrors.Enqueue(message.Text); };
        page.PageError += (_, error) => watched.ConsoleErrors.Enqueue(error);
        return watched;
    }

    // data: and blob: URLs are made inside the page and never reach the network.
    private static bool IsOwn(string url, string origin) =>
        url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal)
        || url == origin || url.StartsWith(origin + "/", StringComparison.Ordinal);

    public async Task Screenshot(string step)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var name = $"{_testName}-{++_step}-{step}.png";
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = false });
    }

    public void AssertNoForeignRequests() =>
        Assert.True(ForeignRequests.IsEmpty, "The page made requests outside the API's origin:\n" + string.Join("\n", ForeignRequests));

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
