using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using GraphApi.Tests.Connections;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Clients;

/// <summary>
/// Apollo Client 4 (in Node, from Clients/apollo, installed with npm ci) pages an agency's decisions through the
/// API on real Kestrel at a free loopback port with relayStylePagination, 5 at a time, and must end with every
/// decision exactly once, in the API's order.
/// </summary>
public sealed class ApolloClientTests : IAsyncLifetime
{
    private static readonly string Folder = Path.Combine(RepoPaths.Root, "tests", "GraphApi.Tests", "Clients", "apollo");
    private readonly WebApplicationFactory<Program> _app = new();
    private Uri _graphql = null!;

    public async Task InitializeAsync()
    {
        _app.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app.StartServer();
        _graphql = new Uri(new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()), "/graphql");
        if (!File.Exists(Path.Combine(Folder, "node_modules", "@apollo", "client", "package.json")))
            Assert.Equal(0, (await RunAsync("npm", "ci --no-audit --no-fund")).ExitCode);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("agency:digitaal-vlaanderen")]
    [InlineData("agency:stuurorgaan-vlaams-informatie-en-ict-beleid")]
    public async Task Apollo_pages_an_agencys_decisions_five_at_a_time_and_gets_each_exactly_once(string agency)
    {
        var run = await RunAsync("node", $"page-decisions.mjs {_graphql} {agency}");
        Assert.True(run.ExitCode == 0, run.Error);
        var result = JsonDocument.Parse(run.Output).RootElement;

        var expected = (await _app.Data($$"""{ node(id: "{{agency}}") { ... on Agency { decisions(first: 100, order: [{ date: DESC }]) { nodes { id } } } } }"""))
            .GetProperty("node").GetProperty("decisions").Ids();
        var ids = result.GetProperty("ids").EnumerateArray().Select(i => i.GetString()!).ToList();
        Assert.Equal(expected, ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(expected.Count, result.GetProperty("totalCount").GetInt32());
        Assert.Equal((expected.Count + 4) / 5, result.GetProperty("pages").GetInt32());
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string program, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"{program} could not be started; the Apollo test needs Node.js and npm on PATH.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
