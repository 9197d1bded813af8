using System.Text.Json;
using GraphApi.Corpus;
using GraphApi.Schema;
using GraphApi.Schema.Loading;
using GraphApi.Stores;
using GraphApi.Stores.Embedded;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Schema.Tests;

/// <summary>Runs GraphQL documents against the schema over the embedded store of the real corpus, without HTTP.</summary>
public static class SchemaRunner
{
    public static readonly Lazy<GraphApi.Graph.KnowledgeGraph> Graph = new(() => CorpusIngestor.Ingest(Path.Combine(RepoRoot(), "seeds")).Graph);

    private static readonly Lazy<ServiceProvider> Services = new(() => Over(new EmbeddedGraphStore(Graph.Value)));

    /// <summary>The schema's services over any store, executed as the API executes them.</summary>
    public static ServiceProvider Over(IGraphStore store) =>
        new ServiceCollection().AddSingleton(store).AddGraphApiSchema().AddGraphQL(graphQL => graphQL.AddGraphApiExecution()).BuildServiceProvider();

    private static readonly GraphQLSerializer Serializer = new(indent: true);

    /// <param name="Planned">The answer came from the operation's plan (see <see cref="GraphApi.Schema.Execution.PlannedExecution"/>), not GraphQL.NET's execution nodes.</param>
    public sealed record Run(JsonElement Json, string Text, int StoreCalls, bool Planned);

    public static Task<Run> ExecuteAsync(string query, object? variables = null, GraphQLParser.AST.GraphQLDocument? document = null) =>
        ExecuteAsync(Services.Value, query, variables, document);

    /// <summary>
    /// Each variable set on a document parsed once and kept, as the host keeps documents, twice over; each answer is
    /// the one a document parsed for that run alone gets.
    /// </summary>
    public static async Task AnswersAsANewlyParsedDocument(string query, params object?[] variableSets)
    {
        var kept = GraphQLParser.Parser.Parse(query);
        foreach (var variables in variableSets.Concat(variableSets))
        {
            var again = await ExecuteAsync(query, variables, kept);
            var fresh = await ExecuteAsync(query, variables);
            Assert.False(fresh.Json.TryGetProperty("errors", out _), fresh.Text);
            Assert.Equal(fresh.Text, again.Text);
        }
    }

    /// <param name="document">The query already parsed, as the host keeps a document it has seen; parsed anew when null.</param>
    public static async Task<Run> ExecuteAsync(ServiceProvider services, string query, object? variables = null, GraphQLParser.AST.GraphQLDocument? document = null)
    {
        using var scope = services.CreateScope();
        var options = new ExecutionOptions
        {
            Schema = scope.ServiceProvider.GetRequiredService<ISchema>(),
            Query = query,
            Document = document,
            Variables = variables is null ? null : Serializer.Deserialize<Inputs>(JsonSerializer.Serialize(variables)),
            RequestServices = scope.ServiceProvider,
        };
        // As the host's document cache hands GraphQL.NET a document it keeps.
        if (document is not null) GraphApi.Schema.Execution.KeptDocuments.Mark(options);
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(options);
        var text = Serializer.Serialize(result);
        return new Run(JsonDocument.Parse(text).RootElement.Clone(), text, scope.ServiceProvider.GetRequiredService<StoreLoader>().Calls,
            result.Data is GraphApi.Schema.Execution.PlannedData);
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphApi.sln"))) return dir.FullName;
        throw new InvalidOperationException("GraphApi.sln not found above " + AppContext.BaseDirectory);
    }
}
