using System.Text;
using GraphApi.Corpus.Documents;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests;

public class CorpusIngestorTests
{
    private static readonly Lazy<IngestResult> Result = new(() => CorpusIngestor.Ingest(RepoPaths.Seeds));

    [Fact]
    public void Every_quote_in_the_graph_is_the_text_of_its_document_at_its_offset()
    {
        var documents = Directory.GetFiles(RepoPaths.Documents).Select(SourceDocument.Load).ToDictionary(d => d.Id);
        var graph = Result.Value.Graph;
        var evidence = graph.Nodes.SelectMany(n => n.Sources).Concat(graph.Relationships.SelectMany(r => r.Sources)).ToList();

        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(e.Quote, documents[e.Document].Text.Substring(e.Offset, e.Quote.Length)));
    }

    [Fact]
    public void A_curated_stance_without_a_reason_or_with_a_quote_not_in_the_decision_is_a_load_error_and_the_other_links_still_load()
    {
        using var seeds = new SeedsCopy();
        var curated = Path.Combine(seeds.Folder, "links", CorpusIngestor.CuratedLinksFile);
        var lines = File.ReadAllLines(curated).Length;
        File.AppendAllText(curated, """

            - decision: decision:000-41
              promise: promise:3.2.3-02
              action: add
              quote: Raamovereenkomsten voor ICT-exploitatie
              stance: contradicts
            - decision: decision:000-23
              promise: promise:3.2.3-02
              action: add
              quote: overdracht van personeelsleden naar Athumi
              stance: contradicts
              reason: test
            """);

        var result = CorpusIngestor.Ingest(seeds.Folder);

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal([(CorpusIngestor.CuratedLinksFile, lines + 2), (CorpusIngestor.CuratedLinksFile, lines + 7)], errors.Select(e => (e.File, e.Line)));
        Assert.Contains("a 'reason'", errors[0].Message);
        Assert.Contains("'overdracht van personeelsleden naar Athumi' is not in the text of decision:000-23", errors[1].Message);
        Assert.Null(result.Graph.Relationships.FirstOrDefault(r => r.Type == RelationshipType.Fulfills && r.Start == "decision:000-41" && r.End == "promise:3.2.3-02"));
        Assert.Equal(FulfilBasis.Curated, result.Graph.Relationships.Single(r => r.Type == RelationshipType.Fulfills && r.Start == "decision:000-41" && r.End == "promise:3.2.3-03").Get<string>("basis"));
        Assert.Equal(FulfilStance.Contradicts, result.Graph.Relationships.Single(r => r.Type == RelationshipType.Fulfills && r.Start == "decision:000-23" && r.End == "promise:3.2.3-03").Get<string>("stance"));
    }

    [Fact]
    public void Every_node_and_relationship_has_evidence()
    {
        var graph = Result.Value.Graph;

        Assert.All(graph.Nodes, n => Assert.NotEmpty(n.Sources));
        Assert.All(graph.Relationships, r => Assert.NotEmpty(r.Sources));
    }

    [Fact]
    public void Reads_every_document_without_errors()
    {
        Assert.DoesNotContain(Result.Value.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(5, Result.Value.Graph.NodesLabelled(NodeLabel.Document).Count());
    }

    [Fact]
    public void Has_every_label_and_relationship_type_the_graph_promises()
    {
        var graph = Result.Value.Graph;
        string[] labels = [NodeLabel.Agreement, NodeLabel.Clause, NodeLabel.Promise, NodeLabel.Decision, NodeLabel.Agency, NodeLabel.Programme,
            NodeLabel.Budget, NodeLabel.Objective, NodeLabel.Indicator, NodeLabel.BuildingBlock, NodeLabel.Document];
        string[] types = [RelationshipType.PartOf, RelationshipType.Fulfills, RelationshipType.Involves, RelationshipType.DecidedBy, RelationshipType.Funds, RelationshipType.Allocates,
            RelationshipType.Follows, RelationshipType.ResponsibleFor, RelationshipType.Measures, RelationshipType.Mentions];

        Assert.All(labels, l => Assert.Contains(graph.Nodes, n => n.Label == l));
        Assert.All(types, t => Assert.Contains(graph.Relationships, r => r.Type == t));
    }

    [Fact]
    public void The_government_decides_every_decision_whose_text_names_it_and_is_involved_in_none()
    {
        var graph = Result.Value.Graph;
        var decidedBy = graph.Relationships.Where(r => r.Type == RelationshipType.DecidedBy).ToList();

        Assert.DoesNotContain(graph.Relationships, r => r.Type == RelationshipType.Involves && r.End == "agency:vlaamse-regering");
        Assert.All(decidedBy, r => Assert.Equal("agency:vlaamse-regering", r.End));
        Assert.All(decidedBy, r => Assert.All(r.Sources, e => Assert.Equal("Vlaamse Regering", e.Quote)));
        // Every decision but 27, which has a title and no text.
        Assert.Equal(58, decidedBy.Select(r => r.Start).Distinct().Count());
        Assert.DoesNotContain(decidedBy, r => r.Start == "decision:000-27");
    }

    [Fact]
    public void Other_organisations_a_decision_names_stay_involved()
    {
        var links = Result.Value.Graph.Relationships.Where(r => r.Start == "decision:000-23" && r.End.StartsWith("agency:")).Select(r => (r.Type, r.End)).ToList();

        Assert.Contains((RelationshipType.Involves, "agency:digitaal-vlaanderen"), links);
        Assert.Contains((RelationshipType.DecidedBy, "agency:vlaamse-regering"), links);
    }

    [Fact]
    public void A_decision_without_a_published_reference_keeps_an_unknown_date()
    {
        var graph = Result.Value.Graph;
        var decisions = graph.NodesLabelled(NodeLabel.Decision).ToList();

        Assert.Equal(59, decisions.Count);
        Assert.Equal(35, decisions.Count(d => d.Get<string>("date") is not null));
        Assert.Null(graph.Node("decision:000-27")!.Get<string>("date"));
        Assert.Equal("2020-11-27", graph.Node("decision:000-00")!.Get<string>("date"));
    }

    [Fact]
    public void Ingesting_twice_gives_byte_identical_exports()
    {
        static string Export(KnowledgeGraph graph)
        {
            using var stream = new MemoryStream();
            GraphApi.Graph.Export.ApocJsonWriter.Write(graph, stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        Assert.Equal(Export(Result.Value.Graph), Export(CorpusIngestor.Ingest(RepoPaths.Seeds).Graph));
    }

    [Fact]
    public void Broken_documents_are_reported_by_file_and_line_and_the_others_still_load()
    {
        using var seeds = new SeedsCopy();
        File.WriteAllText(seeds.Document("003"), "");
        File.WriteAllBytes(seeds.Document("004"), [.. "Inleiding\n\nDe impact van digitaal\n"u8, 0xC3, 0x28, .. "\n"u8]);
        var published = seeds.Document("001");
        File.WriteAllText(published, File.ReadAllText(published)[..2000]);
        File.WriteAllText(Path.Combine(seeds.Folder, "documents", "005_unknown.txt"), "something else");

        var result = CorpusIngestor.Ingest(seeds.Folder);

        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => (d.File, d.Line)).ToList();
        Assert.Contains((Path.GetFileName(seeds.Document("003")), 1), errors);
        Assert.Contains((Path.GetFileName(seeds.Document("004")), 4), errors);
        Assert.Contains(("005_unknown.txt", 1), errors);
        Assert.Contains(result.Diagnostics, d => d.File == Path.GetFileName(published) && d.Message.Contains("'Referenties' section"));
        Assert.Equal(59, result.Graph.NodesLabelled(NodeLabel.Decision).Count());
        Assert.All(result.Graph.NodesLabelled(NodeLabel.Decision), d => Assert.Null(d.Get<string>("date")));
        Assert.NotEmpty(result.Graph.NodesLabelled(NodeLabel.Indicator));
    }
}
