using GraphApi.Graph;
using GraphApi.Stores;
using GraphApi.Stores.Embedded;
using GraphQLParser;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Schema.Tests.Execution;

/// <summary>
/// A kept document's query answered by its plan answers, byte for byte and with the same store calls, what GraphQL.NET
/// answers for the document newly parsed; what a plan does not cover (directives, introspection, errors) is answered
/// by GraphQL.NET as before.
/// </summary>
public class PlannedExecutionTests
{
    private const string ClauseViaAgency = """
        { clause(number: "3.2.3") { decisions(viaAgency: "Digitaal Vlaanderen", first: 20) { totalCount edges { basis confidence node { id title date budgets { nodes { id amount years } } } } } } }
        """;

    // The same graph behind a store that answers every call later, as Neo4j over HTTP does.
    private static readonly ServiceProvider Later = SchemaRunner.Over(new AnswersLater(new EmbeddedGraphStore(SchemaRunner.Graph.Value)));

    [Theory]
    [MemberData(nameof(ExampleQueries.Names), MemberType = typeof(ExampleQueries))]
    public async Task An_example_query_kept_answers_as_when_newly_parsed_with_the_same_store_calls(string name)
    {
        var query = ExampleQueries.All[name];
        var kept = Parser.Parse(query);

        var fresh = await SchemaRunner.ExecuteAsync(query);
        var first = await SchemaRunner.ExecuteAsync(query, document: kept);
        var second = await SchemaRunner.ExecuteAsync(query, document: kept);

        Assert.Equal(fresh.Text, first.Text);
        Assert.Equal(fresh.Text, second.Text);
        Assert.Equal(fresh.StoreCalls, second.StoreCalls);
    }

    [Fact]
    public async Task Objects_lists_and_scalars_of_a_kept_query_are_answered_by_its_plan()
    {
        var kept = Parser.Parse(ClauseViaAgency);

        var fresh = await SchemaRunner.ExecuteAsync(ClauseViaAgency);
        var planned = await SchemaRunner.ExecuteAsync(ClauseViaAgency, document: kept);

        Assert.False(fresh.Planned);
        Assert.True(planned.Planned);
        Assert.Equal(7, planned.Json.GetProperty("data").GetProperty("clause").GetProperty("decisions").GetProperty("totalCount").GetInt32());
        Assert.Equal(fresh.Text, planned.Text);
        Assert.Equal(fresh.StoreCalls, planned.StoreCalls);
    }

    [Fact]
    public async Task Variables_aliases_type_names_and_fragments_are_planned_and_answer_as_newly_parsed()
    {
        const string query = """
            query Clause($agency: String, $first: Int) {
              kept: clause(number: "3.2.3") { __typename ...Heading decisions(viaAgency: $agency, first: $first) { totalCount nodes { id kind: __typename } } }
            }
            fragment Heading on Clause { number title }
            """;
        var kept = Parser.Parse(query);

        foreach (var variables in new object[] { new { agency = "Digitaal Vlaanderen", first = 2 }, new { agency = "Athumi", first = 5 } })
        {
            var fresh = await SchemaRunner.ExecuteAsync(query, variables);
            var planned = await SchemaRunner.ExecuteAsync(query, variables, kept);

            Assert.True(planned.Planned);
            Assert.False(fresh.Json.TryGetProperty("errors", out _), fresh.Text);
            Assert.Equal(fresh.Text, planned.Text);
        }
    }

    [Theory]
    [InlineData("""{ node(id: "decision:000-05") { id ... on Decision { title agencies { nodes { name } } } ... on Agency { name } } }""")]
    [InlineData("""{ nodes(ids: ["agency:athumi", "clause:3.2.3", "decision:000-13"]) { id __typename ... on Clause { number } ... on Decision { date } } }""")]
    [InlineData("""{ search(text: "burgerprofiel", first: 5) { score node { id __typename ... on Decision { title } } } }""")]
    public async Task Fields_of_an_interface_are_planned_for_each_object_type(string query)
    {
        var kept = Parser.Parse(query);

        var fresh = await SchemaRunner.ExecuteAsync(query);
        var planned = await SchemaRunner.ExecuteAsync(query, document: kept);

        Assert.True(planned.Planned);
        Assert.False(fresh.Json.TryGetProperty("errors", out _), fresh.Text);
        Assert.Equal(fresh.Text, planned.Text);
    }

    [Theory]
    [InlineData("""query($all: Boolean!) { clause(number: "3.2.3") { number title @include(if: $all) } }""")]
    [InlineData("""{ __schema { queryType { name } } }""")]
    public async Task A_query_beyond_a_plan_is_answered_by_graphql_dotnet(string query)
    {
        var kept = Parser.Parse(query);
        var variables = new { all = true };

        var fresh = await SchemaRunner.ExecuteAsync(query, variables);
        var again = await SchemaRunner.ExecuteAsync(query, variables, kept);

        Assert.False(again.Planned);
        Assert.Equal(fresh.Text, again.Text);
    }

    [Fact]
    public async Task An_error_in_a_planned_query_is_reported_by_graphql_dotnet_with_its_path()
    {
        const string query = """{ clause(number: "3.2.3") { decisions(viaAgency: "Digitaal Vlaandren") { totalCount } } }""";
        var kept = Parser.Parse(query);

        var fresh = await SchemaRunner.ExecuteAsync(query);
        var again = await SchemaRunner.ExecuteAsync(query, document: kept);

        Assert.False(again.Planned);
        Assert.Contains("Digitaal Vlaanderen", fresh.Json.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(fresh.Text, again.Text);
        // GraphQL.NET's attempt reads the pages the plan's attempt loaded from the request's batches; only the check
        // of the name, made outside them, is made once in each attempt.
        Assert.Equal(fresh.StoreCalls + 1, again.StoreCalls);
    }

    [Theory]
    [InlineData(ClauseViaAgency)]
    [InlineData("""{ agencies(first: 20) { nodes { id decisions(first: 5, order: [{ date: DESC }]) { totalCount nodes { id date } } } } }""")]
    public async Task A_store_that_answers_later_gets_the_same_calls_and_gives_the_same_answer(string query)
    {
        var kept = Parser.Parse(query);

        var fresh = await SchemaRunner.ExecuteAsync(Later, query);
        var planned = await SchemaRunner.ExecuteAsync(Later, query, document: kept);

        Assert.True(planned.Planned);
        Assert.Equal(fresh.Text, planned.Text);
        Assert.Equal(fresh.StoreCalls, planned.StoreCalls);
    }

    private sealed class AnswersLater(IGraphStore store) : IGraphStore
    {
        public string Version => store.Version;

        public async Task<IReadOnlyDictionary<string, Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
        {
            await Task.Yield();
            return await store.GetNodesAsync(ids, ct);
        }

        public async Task<NodePage> FindNodesAsync(NodeQuery query, CancellationToken ct)
        {
            await Task.Yield();
            return await store.FindNodesAsync(query, ct);
        }

        public async Task<IReadOnlyDictionary<string, IReadOnlyList<Edge>>> GetEdgesAsync(IReadOnlyCollection<string> nodeIds, EdgeQuery query, CancellationToken ct)
        {
            await Task.Yield();
            return await store.GetEdgesAsync(nodeIds, query, ct);
        }

        public async Task<IReadOnlyDictionary<string, NodePage>> GetRelatedPagesAsync(IReadOnlyCollection<string> nodeIds, RelatedQuery query, CancellationToken ct)
        {
            await Task.Yield();
            return await store.GetRelatedPagesAsync(nodeIds, query, ct);
        }

        public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct)
        {
            await Task.Yield();
            return await store.SearchAsync(query, ct);
        }

        public async Task<GraphPath?> ShortestPathAsync(string from, string to, int maxHops, CancellationToken ct)
        {
            await Task.Yield();
            return await store.ShortestPathAsync(from, to, maxHops, ct);
        }
    }
}
