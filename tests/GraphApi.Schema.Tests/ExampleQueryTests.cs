using GraphApi.Stores.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Schema.Tests;

public class ExampleQueryTests
{
    [Theory]
    [MemberData(nameof(ExampleQueries.Names), MemberType = typeof(ExampleQueries))]
    public async Task The_example_query_answers_without_errors(string name)
    {
        var run = await SchemaRunner.ExecuteAsync(ExampleQueries.All[name]);

        Assert.False(run.Json.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, run.Json.GetProperty("data").ValueKind);
    }

    /// <summary>The schema over a Neo4j server loaded with the corpus, once per test run.</summary>
    internal static readonly Lazy<Task<ServiceProvider>> Neo4j = new(async () =>
    {
        var client = new Neo4jQueryApiClient(new HttpClient(), new Neo4jOptions
        {
            Uri = new Uri(Environment.GetEnvironmentVariable("NEO4J_URI")!),
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            User = Environment.GetEnvironmentVariable("NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        });
        await new Neo4jGraphLoader(client).LoadAsync(SchemaRunner.Graph.Value, CancellationToken.None);
        return SchemaRunner.Over(new Neo4jGraphStore(client));
    });

    [Neo4jTheory]
    [MemberData(nameof(ExampleQueries.Names), MemberType = typeof(ExampleQueries))]
    public async Task The_example_query_answers_the_same_from_neo4j_with_the_same_store_calls(string name)
    {
        var embedded = await SchemaRunner.ExecuteAsync(ExampleQueries.All[name]);

        var neo4j = await SchemaRunner.ExecuteAsync(await Neo4j.Value, ExampleQueries.All[name]);

        Assert.Equal(embedded.Text, neo4j.Text);
        Assert.Equal(embedded.StoreCalls, neo4j.StoreCalls);
    }
}
