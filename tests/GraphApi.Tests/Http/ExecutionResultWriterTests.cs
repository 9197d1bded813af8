using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Http;

/// <summary>
/// The API writes answers byte for byte as GraphQL.NET's own serializer writes them: strings with characters that
/// need escaping, integers, decimals, floats, booleans, enums, lists of numbers, nulls, errors with partial data,
/// and extensions.
/// </summary>
public sealed class ExecutionResultWriterTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    public static TheoryData<string> Queries => new()
    {
        """{ clause(number: "3.2.3") { decisions(viaAgency: "Digitaal Vlaanderen", first: 20) { totalCount pageInfo { hasNextPage endCursor } edges { basis confidence node { id title date budgets { nodes { id amount years annual currency } } } } } } }""",
        """{ decisions(first: 40) { nodes { id title text sourceIndex trackStep decidedBy { name } fulfils { stance confidence stanceQuote { quote } } } } }""",
        """{ clause(number: "3.2.3") { decisions(viaAgency: "Digitaal Vlaandren") { totalCount } } }""",
        """{ search(text: "burgerprofiel", first: 5) { score node { id } } }""",
        """{ budgetsByYear { year total } }""",
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task An_answer_is_written_as_graphql_dotnet_writes_it(string query)
    {
        using var scope = factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = scope.ServiceProvider.GetRequiredService<ISchema>(),
            Query = query,
            RequestServices = scope.ServiceProvider,
        });
        (result.Extensions ??= [])["storeCalls"] = 3L;
        var theirs = new GraphQLSerializer(scope.ServiceProvider.GetRequiredService<IErrorInfoProvider>());

        var written = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);

        Assert.Equal(theirs.Serialize(result), written);
        // Only the misspelt agency is meant to fail; every other query checks the values of its data.
        Assert.Equal(query.Contains("Vlaandren"), written.Contains("\"errors\":"));
    }
}
