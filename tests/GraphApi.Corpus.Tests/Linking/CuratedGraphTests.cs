using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Vocabulary;

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

    private static readonly TermList Vocabulary = TermList.Load(RepoPaths.Vocabulary);
    private static readonly StanceDetector Stances = new(new TermMatcher(Vocabulary.Terms), Vocabulary);

    private static Diagnostics Apply(GraphBuilder graph, params CuratedLink[] links)
    {
        var diagnostics = new Diagnostics();
        CuratedGraph.AddTo(graph, "curated.yaml", links, new Dictionary<string, SourceDocument> { [Document.Id] = Document }, Stances, diagnostics);
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
        Assert.Equal("expected a quote from the text of decision:000-00, but 'niet in de tekst' is not in the text of decision:000-00; this link is not loaded", diagnostics.All[2].Message);
        Assert.Equal(Severity.Error, diagnostics.All[2].Severity);
        Assert.Single(graph.Relationships);
    }

    [Fact]
    public void A_curated_stance_is_stored_with_its_reason_and_the_quote_that_shows_it()
    {
        var graph = Graph();

        Apply(graph, new CuratedLink(3, "decision:000-00", "promise:1-01", true, "Mijn Burgerprofiel", null, FulfilStance.Contradicts, "test reason"));

        var link = graph.Relationship(RelationshipType.Fulfills, "decision:000-00", "promise:1-01")!;
        Assert.Equal(FulfilStance.Contradicts, link.Get<string>("stance"));
        Assert.Equal(StanceDetector.Curated, link.Get<string>("stanceRule"));
        Assert.Equal("test reason", link.Get<string>("stanceReason"));
        Assert.Equal("Mijn Burgerprofiel", link.Get<string>("stanceQuote"));
        Assert.Equal((long)Document.Text.IndexOf("Mijn", StringComparison.Ordinal), link.Get<long>("stanceOffset"));
        Assert.Equal(FulfilStrength.Direct, link.Get<string>("strength"));
    }

    [Fact]
    public void An_added_link_without_a_curated_stance_gets_the_one_read_in_the_decision()
    {
        var graph = Graph();

        Apply(graph, new CuratedLink(3, "decision:000-00", "promise:1-01", true, "Mijn Burgerprofiel", null));

        var link = graph.Relationship(RelationshipType.Fulfills, "decision:000-00", "promise:1-01")!;
        Assert.Equal(FulfilStance.Supports, link.Get<string>("stance"));
        Assert.Equal(StanceDetector.NoContradiction, link.Get<string>("stanceRule"));
    }
}
