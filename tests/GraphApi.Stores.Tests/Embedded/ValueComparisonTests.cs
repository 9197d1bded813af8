using GraphApi.Graph;
using GraphApi.Stores.Embedded;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>How comparisons treat the kinds of property value, on a small graph made for it.</summary>
public class ValueComparisonTests
{
    private static readonly EmbeddedGraphStore Store = Build();

    private static EmbeddedGraphStore Build()
    {
        var graph = new GraphBuilder();
        graph.AddNode("b:long", "Budget", new Dictionary<string, object?> { ["amount"] = 1000L, ["years"] = new List<long> { 2021, 2022 }, ["tags"] = new List<string>() });
        graph.AddNode("b:double", "Budget", new Dictionary<string, object?> { ["amount"] = 1000.5, ["note"] = null });
        graph.AddNode("b:decimal", "Budget", new Dictionary<string, object?> { ["amount"] = 999.99m, ["annual"] = true });
        graph.AddNode("b:none", "Budget", new Dictionary<string, object?> { ["name"] = "Zonder bedrag" });
        return new EmbeddedGraphStore(graph.Build());
    }

    private static async Task<List<string>> Ids(Filter where)
    {
        var page = await Store.FindNodesAsync(new NodeQuery("Budget", where, [], 10, null), CancellationToken.None);
        return page.Nodes.Select(n => n.Id).ToList();
    }

    [Fact]
    public async Task Numbers_compare_by_value_across_long_double_decimal_and_int()
    {
        Assert.Equal(["b:double", "b:long"], await Ids(new Comparison("amount", Operator.Gte, 1000)));
        Assert.Equal(["b:decimal", "b:long"], await Ids(new Comparison("amount", Operator.Lte, 1000.0)));
        Assert.Equal(["b:long"], await Ids(new Comparison("amount", Operator.Eq, 1000m)));
    }

    [Fact]
    public async Task Eq_null_matches_a_missing_and_a_null_property_but_not_an_empty_list()
    {
        Assert.Equal(["b:decimal", "b:double", "b:none"], await Ids(new Comparison("tags", Operator.Eq, null)));
        Assert.Equal(["b:decimal", "b:double", "b:long", "b:none"], await Ids(new Comparison("note", Operator.Eq, null)));
    }

    [Fact]
    public async Task A_missing_property_matches_no_other_comparison()
    {
        Assert.Empty(await Ids(new Comparison("amount", Operator.Lte, "zzz")));
        Assert.Equal(["b:long"], await Ids(new Not(new AnyOf([new Comparison("years", Operator.Eq, null), new Comparison("years", Operator.Gte, 2023)]))));
    }

    [Fact]
    public async Task A_comparison_on_a_list_holds_when_it_holds_for_an_element()
    {
        Assert.Equal(["b:long"], await Ids(new Comparison("years", Operator.Eq, 2022)));
        Assert.Equal(["b:long"], await Ids(new Comparison("years", Operator.Lt, 2022)));
        Assert.Empty(await Ids(new Comparison("years", Operator.Contains, 2021L)));
        Assert.Empty(await Ids(new Comparison("years", Operator.Gte, 2023)));
    }

    [Fact]
    public async Task In_with_a_null_also_matches_missing_properties()
    {
        Assert.Equal(["b:decimal", "b:none"], await Ids(new Comparison("amount", Operator.In, new List<object?> { null, 999.99m })));
    }

    [Fact]
    public async Task Values_of_another_kind_never_match()
    {
        Assert.Empty(await Ids(new Comparison("amount", Operator.Eq, "1000")));
        Assert.Equal(["b:decimal"], await Ids(new Comparison("annual", Operator.Eq, true)));
    }

    [Fact]
    public async Task Empty_all_of_holds_and_empty_any_of_does_not()
    {
        Assert.Equal(4, (await Ids(new AllOf([]))).Count);
        Assert.Empty(await Ids(new AnyOf([])));
    }
}
