using GraphApi.Telemetry;
using GraphApi.Tests.Caching;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Operations;

public sealed class RequestLogTests : IDisposable
{
    private const string Query = "query ClauseByNumber($number: String!) { clause(number: $number) { title } }";

    private readonly WebApplicationFactory<Program> _root = new();
    private readonly RecordingLoggerProvider _log = new(RequestLog.Category);

    private GraphQLClient Client(bool logDocuments) => new(App(logDocuments).CreateClient());

    private WebApplicationFactory<Program> App(bool logDocuments) => _root.WithWebHostBuilder(host => host
        .UseSetting("Logging:LogDocuments", logDocuments ? "true" : "false")
        .ConfigureServices(services => services
            .AddTransient<IStartupFilter, ClientAddress>()
            .AddLogging(logging => logging.AddProvider(_log))));

    [Fact]
    public async Task Each_request_writes_one_line_with_operation_status_duration_store_calls_cache_and_client_but_not_the_variables()
    {
        var client = Client(logDocuments: false);

        await client.PostAsync(new { query = Query, variables = new { number = "3.2.3" } }, GraphQLClient.Recommended, (ClientAddress.Header, "203.0.113.9"));

        var line = Assert.Single(_log.Entries);
        Assert.Equal(LogLevel.Information, line.Level);
        Assert.Matches(@"^POST /graphql 200 in \d+\.\d ms from 203\.0\.113\.9: query ClauseByNumber, [1-9]\d* store calls, cache miss, 0 errors$", line.Message);
        Assert.DoesNotContain("3.2.3", line.Message);
        Assert.DoesNotContain("clause(", line.Message);
    }

    [Fact]
    public async Task With_log_documents_on_the_line_has_the_document_and_the_variables()
    {
        var client = Client(logDocuments: true);

        await client.PostAsync(new { query = Query, variables = new { number = "3.2.3" } });

        var line = Assert.Single(_log.Entries).Message;
        Assert.Contains(Query, line);
        Assert.Contains("\"number\":\"3.2.3\"", line);
    }

    [Fact]
    public async Task A_request_that_is_not_graphql_gets_a_line_too()
    {
        await App(logDocuments: false).CreateClient().GetAsync("/health/live");

        Assert.Matches(@"^GET /health/live 200 in \d+\.\d ms from -$", Assert.Single(_log.Entries).Message);
    }

    public void Dispose() => _root.Dispose();
}
