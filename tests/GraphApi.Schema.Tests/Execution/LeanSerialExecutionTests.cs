using System.Text.Json;
using GraphApi.Schema.Loading;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Schema.Tests.Execution;

/// <summary>
/// Every example query answers as under GraphQL.NET's own serial strategy; and a document parsed once and executed
/// again, as the host's document cache does, answers each time what a newly parsed one answers: with directives that
/// read variables, fragments, a field selected twice, and one selection set met as several object types.
/// </summary>
public class LeanSerialExecutionTests
{
    // The same schema and store, executed by GraphQL.NET's serial strategy as it ships.
    private static readonly ServiceProvider Shipped = new ServiceCollection()
        .AddSingleton<GraphApi.Stores.IGraphStore>(new GraphApi.Stores.Embedded.EmbeddedGraphStore(SchemaRunner.Graph.Value))
        .AddGraphApiSchema()
        .AddGraphQL(graphQL => graphQL.AddExecutionStrategy<SerialExecutionStrategy>(GraphQLParser.AST.OperationType.Query).ConfigureExecution<LoaderInContext>())
        .BuildServiceProvider();

    [Theory]
    [MemberData(nameof(ExampleQueries.Names), MemberType = typeof(ExampleQueries))]
    public async Task An_example_query_answers_as_under_graphql_dotnets_serial_strategy(string name)
    {
        var query = ExampleQueries.All[name];

        var lean = await SchemaRunner.ExecuteAsync(query);
        var shipped = await SchemaRunner.ExecuteAsync(Shipped, query);

        Assert.Equal(shipped.Text, lean.Text);
        Assert.Equal(shipped.StoreCalls, lean.StoreCalls);
    }

    private static async Task<string> ExecuteAsync(GraphQLParser.AST.GraphQLDocument document, string query, object? variables) =>
        (await SchemaRunner.ExecuteAsync(query, variables, document)).Text;

    private static Task AnswersAsANewlyParsedDocument(string query, params object?[] variableSets) =>
        SchemaRunner.AnswersAsANewlyParsedDocument(query, variableSets);

    [Fact]
    public async Task Fields_skipped_or_included_by_a_variable_follow_each_request()
    {
        const string query = "query($full: Boolean!) { agency: node(id: \"agency:athumi\") { id ... on Agency { name @include(if: $full) aliases @skip(if: $full) } } }";
        var kept = Parser.Parse(query);

        var full = await ExecuteAsync(kept, query, new { full = true });
        var brief = await ExecuteAsync(kept, query, new { full = false });

        Assert.Contains("\"name\"", full);
        Assert.DoesNotContain("\"aliases\"", full);
        Assert.Contains("\"aliases\"", brief);
        Assert.DoesNotContain("\"name\"", brief);
        await AnswersAsANewlyParsedDocument(query, new { full = true }, new { full = false });
    }

    [Fact]
    public async Task A_fragment_included_by_a_variable_follows_each_request() =>
        await AnswersAsANewlyParsedDocument(
            "query($dated: Boolean!) { decisions(first: 3) { nodes { id ...Dated @include(if: $dated) } } } fragment Dated on Decision { date title }",
            new { dated = true }, new { dated = false });

    [Fact]
    public async Task A_field_selected_twice_keeps_both_selections_on_every_run() =>
        await AnswersAsANewlyParsedDocument("{ agencies(first: 3) { nodes { id } } agencies(first: 3) { nodes { name } totalCount } }", [null]);

    [Fact]
    public async Task One_selection_set_met_as_an_agency_and_a_decision_gives_each_its_own_fields()
    {
        var decision = SchemaRunner.Graph.Value.Nodes.First(n => n.Label == GraphApi.Graph.NodeLabel.Decision).Id;
        var query = $"{{ nodes(ids: [\"agency:athumi\", \"{decision}\", \"agency:digitaal-vlaanderen\"]) {{ id __typename ... on Agency {{ name }} ... on Decision {{ title }} }} }}";

        await AnswersAsANewlyParsedDocument(query, [null]);
        var answer = await ExecuteAsync(Parser.Parse(query), query, null);
        Assert.Contains("\"title\"", answer);
        Assert.Contains("\"name\"", answer);
    }

    [Fact]
    public async Task Fragments_and_aliases_of_a_page_of_clause_decisions_answer_the_same_every_time() =>
        await AnswersAsANewlyParsedDocument("""
            query($agency: String!) {
              clause(number: "3.2.3") {
                first: decisions(viaAgency: $agency, first: 2) { ...Page }
                more: decisions(viaAgency: $agency, first: 4) { ...Page edges { confidence } }
              }
            }
            fragment Page on FulfilmentConnection { totalCount edges { basis node { id ... on Decision { title budgets { nodes { id amount } } } } } }
            """, new { agency = "Digitaal Vlaanderen" }, new { agency = "Athumi" });
}
