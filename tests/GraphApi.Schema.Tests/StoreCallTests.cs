namespace GraphApi.Schema.Tests;

/// <summary>No N+1: the store calls of a query depend on its depth, never on how many results it has.</summary>
public class StoreCallTests
{
    private const string Deep = """
        query($n: Int) { decisions(first: $n) { nodes { id
            agencies { id decisions { id budgets { amount recipient { id } } } }
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
    public async Task Clause_decisions_cost_three_calls_whatever_the_filter()
    {
        var run = await SchemaRunner.ExecuteAsync("""{ clauses { decisions(viaProgramme: "Vlaamse Veerkracht") { totalCount nodes { agencies { id } } } } }""");

        Assert.Equal(1 + 3 + 1, run.StoreCalls);
    }
}
