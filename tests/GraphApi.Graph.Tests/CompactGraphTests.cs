using GraphApi.Graph;

namespace GraphApi.Graph.Tests;

public class CompactGraphTests
{
    [Fact]
    public void A_built_graph_keeps_each_repeated_quote_name_and_node_id_once()
    {
        var graph = new GraphBuilder();
        // Separate string instances with the same characters, as readers produce them from the text.
        string Fresh(string text) => new(text.AsSpan());
        graph.AddNode("agency:vlaamse-regering", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = Fresh("Vlaamse Regering") }, new Evidence("document:000", 1, Fresh("Vlaamse Regering")));
        foreach (var n in new[] { "01", "02" })
        {
            graph.AddNode("decision:000-" + n, NodeLabel.Decision, new Dictionary<string, object?> { ["aliases"] = new List<string> { Fresh("Vlaamse Regering") } }, new Evidence("document:000", 10 * n.Length, Fresh("besluit")));
            graph.AddRelationship(RelationshipType.Involves, "decision:000-" + n, Fresh("agency:vlaamse-regering"), new Evidence("document:000", int.Parse(n) * 100, Fresh("Vlaamse Regering")));
        }

        var built = graph.Build();

        var agency = built.Node("agency:vlaamse-regering")!;
        var name = agency.Get<string>("name")!;
        Assert.All(built.Relationships, r => Assert.Same(agency.Id, r.End));
        Assert.All(built.Relationships, r => Assert.Same(name, r.Sources[0].Quote));
        Assert.All(built.NodesLabelled(NodeLabel.Decision), d => Assert.Same(name, d.Get<List<string>>("aliases")![0]));
        Assert.Same(built.Nodes[1].Sources[0], built.Nodes[2].Sources[0]);
    }

    [Fact]
    public void Properties_come_out_in_ordinal_key_order_and_are_found_by_key()
    {
        var map = new PropertyMap([new("title", "T"), new("Date", null), new("amount", 5L)], value => value);

        Assert.Equal(["Date", "amount", "title"], map.Keys);
        Assert.Equal(5L, map["amount"]);
        Assert.True(map.TryGetValue("Date", out var date));
        Assert.Null(date);
        Assert.False(map.ContainsKey("date"));
        Assert.Throws<KeyNotFoundException>(() => map["missing"]);
    }

    [Fact]
    public void A_property_given_twice_is_refused_with_its_name()
    {
        var error = Assert.Throws<ArgumentException>(() => new PropertyMap([new("name", "a"), new("name", "b")], value => value));
        Assert.Equal("Property 'name' is given twice.", error.Message);
    }

    [Fact]
    public void A_pool_gives_back_the_first_instance_for_equal_characters_from_a_string_or_a_span()
    {
        var pool = new StringPool();
        var first = pool.Get(new string("burger".AsSpan()));

        Assert.Same(first, pool.Get(new string("burger".AsSpan())));
        Assert.Same(first, pool.Get("burgers".AsSpan(0, 6)));
        Assert.NotSame(first, pool.Get("burgers"));
    }
}
