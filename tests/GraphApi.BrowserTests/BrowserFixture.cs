using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GraphApi.BrowserTests;

/// <summary>
/// One API on real Kestrel at a free loopback port (a browser cannot reach the in-memory test server) and one
/// headless Chromium, shared by the whole suite. The browser is the Debian package at /usr/bin/chromium that
/// CI installs; Playwright downloads nothing.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly WebApplicationFactory<Program> _app = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The API's origin, e.g. http://127.0.0.1:40123.</summary>
    public Uri Origin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"The browser tests need Chromium at {ChromiumPath}: apt-get install -y chromium (.ci/run does).");
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        Origin = new Uri(address);

        _playwright = await Playwright.CreateAsync();
        Assertions.SetDefaultExpectTimeout(BrowserPage.Timeout);
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context and page for one test, watched for requests to other origins.</summary>
    public async Task<BrowserPage> OpenAsync(string testName, bool bypassCsp = false) =>
        await BrowserPage.OpenAsync(Browser, Origin, testName, bypassCsp);

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _app.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
