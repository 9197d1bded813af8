using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Tests.Embedded;

public class GraphVersionTests
{
    private static KnowledgeGraph Graph(object? amount = null, string quote = "5 miljoen euro")
    {
        var graph = new GraphBuilder();
        var source = new Evidence("document:003", 10, quote);
        graph.AddNode("decision:000-01", NodeLabel.Decision, new Dictionary<string, object?> { ["title"] = "Besluit", ["date"] = "2021-05-07" }, source);
        graph.AddNode("budget:1", NodeLabel.Budget, new Dictionary<string, object?> { ["amount"] = amount ?? 5_000_000L, ["years"] = new List<long> { 2024 } }, source);
        graph.AddRelationship(RelationshipType.Funds, "decision:000-01", "budget:1", source);
        return graph.Build();
    }

    private static string Version(KnowledgeGraph graph)
    {
        using var store = new EmbeddedGraphStore(graph);
        return store.Version;
    }

    [Fact]
    public void The_version_is_a_lowercase_hex_sha256()
    {
        Assert.Matches("^[0-9a-f]{64}$", Version(Graph()));
    }

    [Fact]
    public void Two_builds_of_the_same_graph_have_the_same_version()
    {
        Assert.Equal(Version(Graph()), Version(Graph()));
    }

    [Fact]
    public void Changing_one_property_changes_the_version()
    {
        Assert.NotEqual(Version(Graph()), Version(Graph(amount: 5_000_001L)));
    }

    [Fact]
    public void The_same_number_as_another_type_is_another_version()
    {
        Assert.NotEqual(Version(Graph()), Version(Graph(amount: 5_000_000.0)));
    }

    [Fact]
    public void Changing_a_source_changes_the_version()
    {
        Assert.NotEqual(Version(Graph()), Version(Graph(quote: "5 miljoen")));
    }

    [Fact]
    public void Two_ingests_of_the_seeds_have_the_same_version()
    {
        Assert.Equal(RealGraph.Store.Version, Version(GraphApi.Corpus.CorpusIngestor.Ingest(RealGraph.SeedsFolder()).Graph));
    }
}
