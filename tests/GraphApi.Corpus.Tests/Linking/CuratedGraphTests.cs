using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Linking;

public class CuratedGraphTests
{
    private static readonly SourceDocument Document = SourceDocument.FromText("000_x.txt", "0 - Titel   De regering bouwt Mijn Burgerprofiel verder uit.");

    private static GraphBuilder Graph()
    {
        var graph = new GraphBuilder();
        graph.AddNode("decision:000-00", NodeLabel.Decision, new Dictionary<string, object?>(), Document.Evidence(4, Document.Text.Length - 4));
        graph.AddNode("promise:1-01", NodeLabel.Promise, new Dictionary<string, object?>(), new Evidence("document:000", 0, "0"));
        graph.AddNode("promise:1-02", NodeLabel.Promise, new Dictionary<string, object?>(), new Evidence("document:000", 0, "0"));
        graph.AddRelationship(RelationshipType.Fulfills, "decision:000-00", "promise:1-02",
            new Dictionary<string, object?> { ["basis"] = FulfilBasis.Textual, ["confidence"] = 0.3 }, new Evidence("document:000", 0, "0"));
        return graph;
    }

    private static Diagnostics Apply(GraphBuilder graph, params CuratedLink[] links)
    {
        var diagnostics = new Diagnostics();
        CuratedGraph.AddTo(graph, "curated.yaml", links, new Dictionary<string, SourceDocument> { [Document.Id] = Document }, diagnostics);
        return diagnostics;
    }

    [Fact]
    public void An_added_link_is_curated_with_the_quote_found_in_the_decision_as_evidence()
    {
        var graph = Graph();

        Apply(graph, new CuratedLink(3, "decision:000-00", "promise:1-01", true, "Mijn Burgerprofiel", "why"));

        var link = graph.Relationship(RelationshipType.Fulfills, "decision:000-00", "promise:1-01")!;
        Assert.Equal(FulfilBasis.Curated, link.Get<string>("basis"));
        Assert.Equal(1.0, link.Get<double>("confidence"));
        var evidence = Assert.Single(link.Sources);
        Assert.Equal(new Evidence(Document.Id, Document.Text.IndexOf("Mijn", StringComparison.Ordinal), "Mijn Burgerprofiel"), evidence);
    }

    [Fact]
    public void A_rejected_link_is_removed_whatever_found_it()
    {
        var graph = Graph();

        Apply(graph, new CuratedLink(3, "decision:000-00", "promise:1-02", false, null, null));

        Assert.Null(graph.Relationship(RelationshipType.Fulfills, "decision:000-00", "promise:1-02"));
    }

    [Fact]
    public void A_curated_link_replaces_the_automatic_one_between_the_same_nodes()
    {
        var graph = Graph();

        Apply(graph, new CuratedLink(3, "decision:000-00", "promise:1-02", true, "Burgerprofiel", null));

        Assert.Equal(FulfilBasis.Curated, graph.Relationship(RelationshipType.Fulfills, "decision:000-00", "promise:1-02")!.Get<string>("basis"));
    }

    [Fact]
    public void Unknown_ids_and_quotes_not_in_the_decision_are_reported_with_their_line_and_change_nothing()
    {
        var graph = Graph();

        var diagnostics = Apply(graph,
            new CuratedLink(3, "decision:000-99", "promise:1-01", true, "x", null),
            new CuratedLink(8, "decision:000-00", "promise:9-99", true, "x", null),
            new CuratedLink(13, "decision:000-00", "promise:1-01", true, "niet in de tekst", null),
            new CuratedLink(18, "decision:000-00", "promise:1-01", false, null, null));

        Assert.Equal([3, 8, 13, 18], diagnostics.All.Select(d => d.Line));
        Assert.Contains("'niet in de tekst' is not in the text of decision:000-00", diagnostics.All[2].Message);
        Assert.Single(graph.Relationships);
    }
}
