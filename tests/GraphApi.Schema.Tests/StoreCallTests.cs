namespace GraphApi.Schema.Tests;

/// <summary>No N+1: the store calls of a query depend on its depth, never on how many results it has.</summary>
public class StoreCallTests
{
    private const string Deep = """
        query($n: Int) { decisions(first: $n) { nodes { id
            agencies { nodes { id decisions { nodes { id budgets { nodes { amount recipient { id } } } } } } }
            fulfils { target { id } } } } }
        """;

    [Fact]
    public async Task A_deep_query_makes_as_many_store_calls_for_fifty_results_as_for_two()
    {
        var two = await SchemaRunner.ExecuteAsync(Deep, new { n = 2 });
        var fifty = await SchemaRunner.ExecuteAsync(Deep, new { n = 50 });

        Assert.Equal(two.StoreCalls, fifty.StoreCalls);
        // decisions; their agencies; their fulfils; the agencies' decisions; those decisions' budgets; the budgets' recipients.
        Assert.Equal(6, fifty.StoreCalls);
    }

    [Fact]
    public async Task Clause_decisions_cost_three_calls_whatever_the_filter_and_no_name_check_when_decisions_name_it()
    {
        var run = await SchemaRunner.ExecuteAsync("""{ clauses { decisions(viaProgramme: "Vlaamse Veerkracht") { totalCount nodes { agencies { nodes { id } } } } } }""");

        // clauses; the decisions (their pages, the clauses' promises, the decisions' links); their agencies.
        Assert.Equal(1 + 3 + 1, run.StoreCalls);
    }

    [Fact]
    public async Task A_known_name_that_no_decision_of_the_clause_names_is_checked_with_one_call_and_no_error()
    {
        var run = await SchemaRunner.ExecuteAsync("""{ clause(number: "3.2.3") { decisions(viaAgency: "Voorzitterscollege") { totalCount } } }""");

        Assert.False(run.Json.TryGetProperty("errors", out _));
        Assert.Equal(0, run.Json.GetProperty("data").GetProperty("clause").GetProperty("decisions").GetProperty("totalCount").GetInt32());
        // the clause; the decisions' pages, all empty, so neither promises nor links are read; the name.
        Assert.Equal(1 + 1 + 1, run.StoreCalls);
    }

    [Fact]
    public async Task The_fulfilment_of_every_promise_costs_the_same_calls_for_two_promises_as_for_thirteen()
    {
        const string query = """
            query($n: Int) { promises(first: $n) { nodes { fulfilment { status evidence { amounts { amount } } } budgetTotal } } }
            """;

        var two = await SchemaRunner.ExecuteAsync(query, new { n = 2 });
        var thirteen = await SchemaRunner.ExecuteAsync(query, new { n = 13 });

        Assert.Equal(two.StoreCalls, thirteen.StoreCalls);
        // promises; fulfilment: the FULFILLS, the track steps, the FUNDS, the ALLOCATES; budgetTotal: the FULFILLS, the FUNDS, the budgets' PART_OF.
        Assert.Equal(1 + 4 + 3, thirteen.StoreCalls);
    }
}
