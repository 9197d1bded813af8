using GraphApi.Graph;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>
/// The sorted runs and ranks the embedded store prepares on first use give the answers a test of every node gives:
/// range filters on dates and amounts, bounds at, between and beyond the values, values of another kind, list
/// properties (never narrowed), and sorted pages.
/// </summary>
public class PreparedIndexTests
{
    private static async Task<List<string>> Ids(string label, Filter where, IReadOnlyList<Order>? order = null) =>
        (await RealGraph.Store.FindNodesAsync(new NodeQuery(label, where, order ?? [], 100, null), CancellationToken.None)).Nodes.Select(n => n.Id).ToList();

    // The reference: every node of the label tested on its own, in id order.
    private static List<string> Tested(string label, Func<object?, bool> holds, string property) =>
        RealGraph.Graph.Nodes.Where(n => n.Labels.Contains(label) && holds(n.Properties.GetValueOrDefault(property)))
            .Select(n => n.Id).Order(StringComparer.Ordinal).Take(100).ToList();

    public static TheoryData<string, string> DateBounds => new()
    {
        { "gte", Median }, { "gt", Median }, { "lte", Median }, { "lt", Median }, { "eq", Median },
        { "gte", "2021-03-05" }, { "lt", "2021-03-05" },
        { "gte", "2022" }, { "lt", "1990-01-01" }, { "gt", "9999" }, { "eq", "2020-06-15" },
    };

    // A date several decisions share, so that each bound is tested at a run of equal values.
    private const string Median = "median";

    private static string MedianDate()
    {
        var shared = RealGraph.Graph.Nodes.Where(n => n.Label == NodeLabel.Decision).Select(n => n.Get<string>("date")).OfType<string>()
            .GroupBy(d => d).Where(g => g.Count() > 1).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        return shared[shared.Count / 2];
    }

    [Theory]
    [MemberData(nameof(DateBounds))]
    public async Task A_date_range_finds_what_testing_every_decision_finds(string op, string bound)
    {
        var date = bound == Median ? MedianDate() : bound;
        var @operator = Enum.Parse<Operator>(op, ignoreCase: true);
        Func<int, bool> holds = @operator switch
        {
            Operator.Eq => s => s == 0, Operator.Gt => s => s > 0, Operator.Gte => s => s >= 0, Operator.Lt => s => s < 0, _ => s => s <= 0,
        };

        var found = await Ids(NodeLabel.Decision, new Comparison("date", @operator, date));

        Assert.Equal(Tested(NodeLabel.Decision, v => v is string d && holds(string.CompareOrdinal(d, date)), "date"), found);
    }

    [Fact]
    public async Task Both_ends_of_a_range_and_another_condition_narrow_together()
    {
        var found = await Ids(NodeLabel.Decision, new AllOf([new Comparison("date", Operator.Gte, "2021-01-01"), new Comparison("date", Operator.Lt, "2022-01-01"),
            new Comparison("title", Operator.Contains, "digita", IgnoreCase: true)]));

        var expected = RealGraph.Graph.Nodes.Where(n => n.Label == NodeLabel.Decision && n.Get<string>("date") is { } d
                && string.CompareOrdinal(d, "2021-01-01") >= 0 && string.CompareOrdinal(d, "2022-01-01") < 0
                && n.Get<string>("title")!.Contains("digita", StringComparison.OrdinalIgnoreCase))
            .Select(n => n.Id).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task A_range_nested_in_the_conditions_narrows_with_an_agency_as_the_api_builds_it()
    {
        var athumi = new Related(Quantifier.Some, RelationshipType.Involves, Direction.Outgoing, NodeLabel.Agency, new Comparison("name", Operator.Eq, "Athumi"));
        var found = await Ids(NodeLabel.Decision, new AllOf([athumi, new AllOf([new Comparison("date", Operator.Gte, "2021-06-01"), new Comparison("date", Operator.Lte, "2023-12-31")])]),
            [new Order("date", Descending: true)]);

        var named = RealGraph.Graph.Relationships.Where(r => r.Type == RelationshipType.Involves && r.End == "agency:athumi").Select(r => r.Start).ToHashSet();
        var expected = RealGraph.Graph.Nodes.Where(n => n.Label == NodeLabel.Decision && named.Contains(n.Id) && n.Get<string>("date") is { } d
                && string.CompareOrdinal(d, "2021-06-01") >= 0 && string.CompareOrdinal(d, "2023-12-31") <= 0)
            .OrderByDescending(n => n.Get<string>("date"), StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Theory]
    [InlineData(1_000_000L)]
    [InlineData(999_999.5)]
    [InlineData(0L)]
    public async Task Amounts_compare_as_numbers_whatever_their_type(object amount)
    {
        var found = await Ids(NodeLabel.Budget, new Comparison("amount", Operator.Gte, amount));

        var expected = Tested(NodeLabel.Budget, v => v is not null and not string && Convert.ToDecimal(v) >= Convert.ToDecimal(amount), "amount");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task A_value_of_another_kind_matches_nothing()
    {
        Assert.Empty(await Ids(NodeLabel.Decision, new Comparison("date", Operator.Gte, 2021L)));
        Assert.Empty(await Ids(NodeLabel.Budget, new Comparison("amount", Operator.Lt, "9")));
    }

    [Fact]
    public async Task A_list_property_is_still_compared_element_by_element()
    {
        var found = await Ids(NodeLabel.Budget, new Comparison("years", Operator.Gte, 2024L));

        var expected = Tested(NodeLabel.Budget, v => v is System.Collections.IEnumerable years and not string && years.Cast<object>().Any(y => Convert.ToInt64(y) >= 2024), "years");
        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public async Task A_ranked_order_pages_as_a_full_sort_newest_first_undated_last_then_by_id()
    {
        var seen = new List<string>();
        var query = new NodeQuery(NodeLabel.Decision, null, [new Order("date", Descending: true)], 7, null);
        for (string? after = null; ;)
        {
            var page = await RealGraph.Store.FindNodesAsync(query with { After = after }, CancellationToken.None);
            seen.AddRange(page.Nodes.Select(n => n.Id));
            if (!page.HasNextPage) break;
            after = page.Cursors[^1];
        }

        var decisions = RealGraph.Graph.Nodes.Where(n => n.Label == NodeLabel.Decision).ToList();
        var expected = decisions.Where(n => n.Get<string>("date") is not null).OrderByDescending(n => n.Get<string>("date"), StringComparer.Ordinal).ThenBy(n => n.Id, StringComparer.Ordinal)
            .Concat(decisions.Where(n => n.Get<string>("date") is null).OrderBy(n => n.Id, StringComparer.Ordinal)).Select(n => n.Id);
        Assert.Equal(expected, seen);
    }

    [Theory]
    [InlineData("date", false)]
    [InlineData("date", true)]
    [InlineData("title", false)]
    public async Task A_range_pages_in_any_order_as_a_full_sort_ties_by_id(string property, bool descending)
    {
        var where = new AllOf([new Comparison("date", Operator.Gte, "2019-01-01"), new Comparison("date", Operator.Lte, MedianDate())]);
        var seen = new List<string>();
        var query = new NodeQuery(NodeLabel.Decision, where, [new Order(property, descending)], 4, null);
        for (string? after = null; ;)
        {
            var page = await RealGraph.Store.FindNodesAsync(query with { After = after }, CancellationToken.None);
            seen.AddRange(page.Nodes.Select(n => n.Id));
            if (!page.HasNextPage) break;
            after = page.Cursors[^1];
        }

        var inRange = RealGraph.Graph.Nodes.Where(n => n.Label == NodeLabel.Decision && n.Get<string>("date") is { } d
            && string.CompareOrdinal(d, "2019-01-01") >= 0 && string.CompareOrdinal(d, MedianDate()) <= 0).ToList();
        var byValue = descending
            ? inRange.OrderByDescending(n => n.Get<string>(property), StringComparer.Ordinal)
            : inRange.OrderBy(n => n.Get<string>(property), StringComparer.Ordinal);
        var expected = byValue.ThenBy(n => n.Id, StringComparer.Ordinal).Select(n => n.Id).ToList();
        Assert.True(inRange.GroupBy(n => n.Get<string>("date")).Any(g => g.Count() > 1), "the range has decisions of one date, to order by id");
        Assert.Equal(expected, seen);
    }
}
