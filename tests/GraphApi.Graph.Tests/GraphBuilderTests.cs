using GraphApi.Graph;

namespace GraphApi.Graph.Tests;

public class GraphBuilderTests
{
    private static readonly Evidence First = new("document:000", 10, "Digitaal Vlaanderen");
    private static readonly Evidence Second = new("document:002", 5, "agentschap Digitaal Vlaanderen");

    [Fact]
    public void Adding_a_node_twice_keeps_one_node_with_the_evidence_of_both()
    {
        var graph = new GraphBuilder();
        graph.AddNode("agency:digitaal-vlaanderen", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Digitaal Vlaanderen" }, Second);
        graph.AddNode("agency:digitaal-vlaanderen", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Digitaal Vlaanderen" }, First, Second);

        var node = Assert.Single(graph.Build().Nodes);
        Assert.Equal([First, Second], node.Sources);
    }

    [Fact]
    public void A_node_id_cannot_change_its_label()
    {
        var graph = new GraphBuilder();
        graph.AddNode("x:1", NodeLabel.Agency, new Dictionary<string, object?>(), First);

        var error = Assert.Throws<InvalidOperationException>(() => graph.AddNode("x:1", NodeLabel.Programme, new Dictionary<string, object?>(), First));
        Assert.Equal("Node 'x:1' is already a Agency, not a Programme.", error.Message);
    }

    [Fact]
    public void A_relationship_to_a_node_that_is_not_there_is_refused()
    {
        var graph = new GraphBuilder();
        graph.AddNode("decision:000-01", NodeLabel.Decision, new Dictionary<string, object?>(), First);

        var error = Assert.Throws<InvalidOperationException>(() => graph.AddRelationship(RelationshipType.Involves, "decision:000-01", "agency:nowhere", First));
        Assert.Contains("agency:nowhere", error.Message);
    }

    [Fact]
    public void The_same_relationship_found_twice_is_one_relationship_with_two_sources()
    {
        var graph = new GraphBuilder();
        graph.AddNode("a", NodeLabel.Decision, new Dictionary<string, object?>(), First);
        graph.AddNode("b", NodeLabel.Agency, new Dictionary<string, object?>(), First);
        graph.AddRelationship(RelationshipType.Involves, "a", "b", First);
        graph.AddRelationship(RelationshipType.Involves, "a", "b", Second);

        var relationship = Assert.Single(graph.Build().Relationships);
        Assert.Equal("a-INVOLVES->b", relationship.Id);
        Assert.Equal(2, relationship.Sources.Count);
    }

    [Fact]
    public void The_built_graph_lists_nodes_in_id_order_whatever_the_order_they_were_added()
    {
        var graph = new GraphBuilder();
        foreach (var id in new[] { "c", "a", "b" }) graph.AddNode(id, NodeLabel.Agency, new Dictionary<string, object?>(), First);

        Assert.Equal(["a", "b", "c"], graph.Build().Nodes.Select(n => n.Id));
    }
}
