using System.Diagnostics;
using System.Net;
using GraphApi.Stores;
using GraphApi.Telemetry;
using GraphApi.Tests.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace GraphApi.Tests.Operations;

public sealed class TracingTests : IDisposable
{
    private readonly SpanList _spans = [];
    private readonly WebApplicationFactory<Program> _app;

    public TracingTests() =>
        _app = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.ConfigureServices(services =>
            services.AddOpenTelemetry().WithTracing(tracing => tracing.AddInMemoryExporter(_spans))));

    [Fact]
    public async Task A_traced_query_has_a_span_for_its_operation_under_the_request_and_one_child_per_store_call()
    {
        var client = new GraphQLClient(_app.CreateClient());
        var query = "query AgencyPage($id: ID!) { node(id: $id) { id ... on Agency { name decisions { nodes { id title } } budgets { nodes { amount } } } } }";

        var answer = await client.PostAsync(new { query, operationName = "AgencyPage", variables = new { id = "agency:digitaal-vlaanderen" } },
            GraphQLClient.Recommended, ("X-GraphQL-Debug", "1"));

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var storeCalls = answer.Json.GetProperty("extensions").GetProperty("storeCalls").GetInt32();
        var operation = await Eventually(() => _spans.Snapshot().SingleOrDefault(s =>
            s.Source.Name == OperationTracing.SourceName && s.DisplayName == "query AgencyPage"));
        var trace = _spans.Snapshot().Where(s => s.TraceId == operation.TraceId).ToList();
        var request = Assert.Single(trace, s => s.Source.Name == "Microsoft.AspNetCore");
        var children = trace.Where(s => s.Source.Name == StoreTelemetry.SourceName).ToList();

        Assert.Equal(request.SpanId, operation.ParentSpanId);
        Assert.Equal("AgencyPage", operation.GetTagItem("graphql.operation.name"));
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query))),
            operation.GetTagItem("graphql.document.sha256"));
        Assert.Equal(storeCalls, operation.GetTagItem("graphapi.store.calls"));
        Assert.Equal(0, operation.GetTagItem("graphapi.errors"));
        Assert.True(storeCalls >= 2, $"the query made {storeCalls} store calls");
        Assert.Equal(storeCalls, children.Count);
        Assert.All(children, child =>
        {
            Assert.Equal(operation.SpanId, child.ParentSpanId);
            Assert.StartsWith("store ", child.DisplayName);
        });
        Assert.DoesNotContain(operation.TagObjects, tag => tag.Value is string text && text.Contains("digitaal-vlaanderen"));
    }

    [Fact]
    public async Task A_query_with_an_error_marks_its_operation_span_as_failed()
    {
        var client = new GraphQLClient(_app.CreateClient());

        await client.PostAsync(new { query = "query Broken { clause(number: \"3.2.3\") { noSuchField } }", operationName = "Broken" });

        var operation = await Eventually(() => _spans.Snapshot().SingleOrDefault(s =>
            s.Source.Name == OperationTracing.SourceName && s.GetTagItem("graphql.operation.name") as string == "Broken"));
        Assert.Equal(ActivityStatusCode.Error, operation.Status);
        Assert.Equal(1, operation.GetTagItem("graphapi.errors"));
    }

    public void Dispose() => _app.Dispose();

    // The span ends when the endpoint returns, which may be just after the client has read the response.
    private static async Task<Activity> Eventually(Func<Activity?> find)
    {
        for (var i = 0; i < 50; i++)
        {
            if (find() is { } found) return found;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("the span was not exported within 5 s");
    }
}
