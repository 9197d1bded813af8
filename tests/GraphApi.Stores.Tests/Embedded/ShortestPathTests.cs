using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Tests.Embedded;

public class ShortestPathTests
{
    private static Task<GraphPath?> RealPath(string from, string to, int maxHops) =>
        RealGraph.Store.ShortestPathAsync(from, to, maxHops, CancellationToken.None);

    [Fact]
    public async Task A_decision_reaches_Athumi_in_three_hops_through_the_government_and_a_decision_involving_it()
    {
        var path = await RealPath("decision:000-23", "agency:athumi", 6);

        Assert.NotNull(path);
        Assert.Equal(["decision:000-23", "agency:vlaamse-regering", "decision:000-11", "agency:athumi"], path.Nodes.Select(n => n.Id));
        Assert.Equal(["DECIDED_BY", "DECIDED_BY", "INVOLVES"], path.Relationships.Select(r => r.Type));
    }

    [Fact]
    public async Task Nodes_further_apart_than_max_hops_have_no_path()
    {
        Assert.Null(await RealPath("decision:000-23", "agency:athumi", 2));
    }

    [Fact]
    public async Task A_node_is_a_path_of_one_node_to_itself()
    {
        var path = await RealPath("agency:athumi", "agency:athumi", 3);

        Assert.Equal("agency:athumi", Assert.Single(path!.Nodes).Id);
        Assert.Empty(path.Relationships);
    }

    [Fact]
    public async Task An_unknown_node_has_no_path()
    {
        Assert.Null(await RealPath("agency:athumi", "agency:nobody", 6));
    }

    private static EmbeddedGraphStore Chain(int length, params (string From, string To)[] extra)
    {
        var graph = new GraphBuilder();
        for (var i = 0; i <= length; i++) graph.AddNode($"n{i}", "Node", new Dictionary<string, object?>());
        for (var i = 0; i < length; i++) graph.AddRelationship("NEXT", $"n{i}", $"n{i + 1}");
        foreach (var (from, to) in extra)
        {
            foreach (var id in new[] { from, to }.Where(id => !graph.Contains(id))) graph.AddNode(id, "Node", new Dictionary<string, object?>());
            graph.AddRelationship("SIDE", from, to);
        }
        return new EmbeddedGraphStore(graph.Build());
    }

    [Fact]
    public async Task Max_hops_is_clamped_between_one_and_six()
    {
        using var store = Chain(7);

        Assert.NotNull(await store.ShortestPathAsync("n0", "n1", 0, CancellationToken.None));
        Assert.NotNull(await store.ShortestPathAsync("n0", "n6", 100, CancellationToken.None));
        Assert.Null(await store.ShortestPathAsync("n0", "n7", 100, CancellationToken.None));
    }

    [Fact]
    public async Task Relationships_are_followed_against_their_direction_too()
    {
        using var store = Chain(3);

        var path = await store.ShortestPathAsync("n3", "n0", 3, CancellationToken.None);

        Assert.Equal(["n3", "n2", "n1", "n0"], path!.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task Among_equally_short_paths_the_one_through_the_lowest_relationship_id_wins()
    {
        // n0 -> n2 both via n1 (NEXT) and via a (SIDE); "n0-NEXT->n1" sorts before "n0-SIDE->a".
        using var store = Chain(2, ("n0", "a"), ("a", "n2"));

        var path = await store.ShortestPathAsync("n0", "n2", 6, CancellationToken.None);

        Assert.Equal(["n0", "n1", "n2"], path!.Nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task Disconnected_nodes_have_no_path()
    {
        using var store = Chain(1, ("x", "y"));

        Assert.Null(await store.ShortestPathAsync("n0", "y", 6, CancellationToken.None));
    }
}
