using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Tests.Embedded;

public class OrderingAndPagingTests
{
    private static Task<NodePage> Decisions(IReadOnlyList<Order> order, int first = 100, string? after = null) =>
        RealGraph.Store.FindNodesAsync(new NodeQuery("Decision", null, order, first, after), CancellationToken.None);

    [Fact]
    public async Task Ordering_by_date_ascending_puts_the_decisions_without_a_date_last_in_id_order()
    {
        var nodes = (await Decisions([new Order("date")])).Nodes;

        Assert.Equal("decision:000-41", nodes[0].Id);
        Assert.All(nodes.Take(35), n => Assert.NotNull(n.Properties["date"]));
        Assert.All(nodes.Skip(35), n => Assert.Null(n.Properties["date"]));
        Assert.Equal(nodes.Skip(35).Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Skip(35).Select(n => n.Id));
    }

    [Fact]
    public async Task Ordering_descending_still_puts_missing_values_last_and_breaks_ties_by_id()
    {
        var nodes = (await Decisions([new Order("date", Descending: true)])).Nodes;

        // 000-03 and 000-57 share the latest date.
        Assert.Equal(["decision:000-03", "decision:000-57", "decision:000-11"], nodes.Take(3).Select(n => n.Id));
        Assert.Null(nodes[^1].Properties["date"]);
        Assert.Equal("decision:000-58", nodes[^1].Id);
    }

    [Fact]
    public async Task A_second_order_sorts_within_equal_values_of_the_first()
    {
        var nodes = (await Decisions([new Order("kind"), new Order("sourceIndex", Descending: true)])).Nodes;

        var expected = nodes.OrderBy(n => n.Get<string>("kind"), StringComparer.Ordinal).ThenByDescending(n => n.Get<long>("sourceIndex"));
        Assert.Equal(expected.Select(n => n.Id), nodes.Select(n => n.Id));
        Assert.Equal("acknowledgement", nodes[0].Get<string>("kind"));
    }

    [Fact]
    public async Task Paging_through_all_decisions_ten_at_a_time_gives_each_exactly_once()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Decisions([new Order("date")], first: 10, after);
            pages++;
            Assert.Equal(59, page.TotalCount);
            Assert.Equal(after is not null, page.HasPreviousPage);
            seen.AddRange(page.Nodes.Select(n => n.Id));
            if (!page.HasNextPage) break;
            after = page.Cursors[^1];
        }

        Assert.Equal(6, pages);
        Assert.Equal(59, seen.Count);
        Assert.Equal(RealGraph.Graph.Nodes.Where(n => n.Label == "Decision").Select(n => n.Id).Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_cursor_that_is_not_ours_is_rejected_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Decisions([], after: "x"));

        Assert.StartsWith("cursor 'x' is not valid", error.Message);
    }

    [Theory]
    [InlineData("bm90IGEgY3Vyc29y")] // base64 of "not a cursor"
    [InlineData("Y3Vyc29yOi0x")] // base64 of "cursor:-1"
    [InlineData("Y3Vyc29yOjAwMQ==")] // base64 of "cursor:001"
    public void Look_alike_cursors_are_rejected_too(string cursor)
    {
        Assert.Throws<ArgumentException>(() => Cursor.Decode(cursor));
    }

    [Fact]
    public async Task First_zero_gives_an_empty_page_that_still_counts_everything()
    {
        var page = await Decisions([], first: 0);

        Assert.Empty(page.Nodes);
        Assert.Equal(59, page.TotalCount);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
    }

    [Fact]
    public async Task A_cursor_on_the_last_node_gives_an_empty_last_page()
    {
        var last = await Decisions([], first: 59);

        var page = await Decisions([], first: 10, after: last.Cursors[^1]);

        Assert.Empty(page.Nodes);
        Assert.False(page.HasNextPage);
        Assert.True(page.HasPreviousPage);
    }

    [Fact]
    public async Task An_unknown_label_has_no_nodes()
    {
        var page = await RealGraph.Store.FindNodesAsync(new NodeQuery("Nothing", null, [], 10, null), CancellationToken.None);

        Assert.Equal(0, page.TotalCount);
        Assert.Empty(page.Nodes);
    }

    [Fact]
    public async Task Nodes_of_a_label_are_looked_up_by_id_and_unknown_ids_are_left_out()
    {
        var nodes = await RealGraph.Store.GetNodesAsync(["agency:athumi", "decision:000-23", "nope"], CancellationToken.None);

        Assert.Equal(["agency:athumi", "decision:000-23"], nodes.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(NodeLabel.Agency, nodes["agency:athumi"].Label);
    }

    [Fact]
    public async Task A_cancelled_call_gives_a_cancelled_task()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            RealGraph.Store.FindNodesAsync(new NodeQuery("Decision", null, [], 10, null), cancelled.Token));
    }
}
