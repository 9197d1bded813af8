using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>
/// Small pages out of many matches, where only the page's top is selected rather than everything
/// sorted: the pages must be those of the full order, ties broken by id and missing values last.
/// </summary>
public class TopPageOrderTests
{
    private static readonly string?[] Dates =
        ["2021-03-01", null, "2022-01-01", "2021-03-01", "2020-12-31", null, "2022-01-01", "2021-07-15", "2019-01-01", "2022-01-01", "2021-03-01", "2020-06-30"];

    private static readonly EmbeddedGraphStore Store = new(new KnowledgeGraph(
        Dates.Select((date, i) => new Node($"decision:{i:00}", ["Decision"], new Dictionary<string, object?> { ["date"] = date }, [])), []));

    private static async Task<List<string>> AllPages(int size, bool descending)
    {
        var ids = new List<string>();
        string? after = null;
        do
        {
            var page = await Store.FindNodesAsync(new NodeQuery("Decision", null, [new Order("date", descending)], size, after), CancellationToken.None);
            Assert.Equal(12, page.TotalCount);
            ids.AddRange(page.Nodes.Select(n => n.Id));
            after = page.HasNextPage ? page.Cursors[^1] : null;
        } while (after is not null);
        return ids;
    }

    [Fact]
    public async Task Pages_of_two_by_date_descending_follow_the_full_order()
    {
        Assert.Equal(
            ["decision:02", "decision:06", "decision:09", "decision:07", "decision:00", "decision:03", "decision:10", "decision:04", "decision:11", "decision:08", "decision:01", "decision:05"],
            await AllPages(2, descending: true));
    }

    [Fact]
    public async Task Pages_of_two_by_date_ascending_follow_the_full_order()
    {
        Assert.Equal(
            ["decision:08", "decision:11", "decision:04", "decision:00", "decision:03", "decision:10", "decision:07", "decision:02", "decision:06", "decision:09", "decision:01", "decision:05"],
            await AllPages(2, descending: false));
    }

    [Fact]
    public async Task A_page_of_one_is_the_first_in_order()
    {
        var page = await Store.FindNodesAsync(new NodeQuery("Decision", null, [new Order("date", Descending: true)], 1, null), CancellationToken.None);

        Assert.Equal(["decision:02"], page.Nodes.Select(n => n.Id));
        Assert.True(page.HasNextPage);
    }
}
