using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Linking;

public class DigitalStrategyGraphTests
{
    private static readonly SourceDocument Document = SourceDocument.Load(Path.Combine(RepoPaths.Documents, "004_93ab343b016f600d.txt"));
    private static readonly DigitalStrategy Strategy = DigitalStrategyReader.Read(Document, new Diagnostics());

    private static readonly TermList Vocabulary = new([
        new Term("agency:digitaal-vlaanderen", NodeLabel.Agency, "Digitaal Vlaanderen", []),
        new Term("agency:vdab", NodeLabel.Agency, "Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding", ["VDAB"], Type: "agentschap"),
        new Term("building-block:vitalink", NodeLabel.BuildingBlock, "Vitalink", [], Code: "VL"),
    ]);

    private static readonly TextMentions Terms = new(new TermMatcher(Vocabulary.Terms), Vocabulary);

    private static KnowledgeGraph Build(GraphBuilder? builder = null)
    {
        builder ??= new GraphBuilder();
        DigitalStrategyGraph.AddTo(builder, Strategy, Terms, Document);
        return builder.Build();
    }

    private static Relationship? Mentions(KnowledgeGraph graph, string start, string end) =>
        graph.Outgoing(start, RelationshipType.Mentions).SingleOrDefault(r => r.End == end);

    [Fact]
    public void Adds_axes_speerpunten_actiepunten_and_principles()
    {
        var graph = Build();
        Assert.Equal(["axis:burger", "axis:infrastructuur", "axis:onderneming", "axis:overheid"], graph.NodesLabelled(NodeLabel.Axis).Select(n => n.Id));
        Assert.Equal(9 + 40, graph.NodesLabelled(NodeLabel.Objective).Count());
        Assert.Equal(10, graph.NodesLabelled(NodeLabel.Principle).Count());
    }

    [Fact]
    public void A_speerpunt_is_an_objective_of_kind_speerpunt_with_its_repaired_title()
    {
        var speerpunt = Build().Node("objective:strategy/sp1")!;
        Assert.Equal("speerpunt", speerpunt.Get<string>("kind"));
        Assert.Equal("1", speerpunt.Get<string>("number"));
        Assert.Equal("Iedereen (continu) voorbereid op de digitale toekomst", speerpunt.Get<string>("title"));
        Assert.StartsWith("Dit speerpunt richt zich", speerpunt.Get<string>("text"));
        Assert.Equal("1. ledereen (continu) voorbereid op de digitale toekomst", Assert.Single(speerpunt.Sources).Quote);
    }

    [Fact]
    public void An_actiepunt_is_part_of_its_speerpunt_on_the_evidence_of_its_heading()
    {
        var graph = Build();
        var actiepunt = graph.Node("objective:strategy/sp5.ap2")!;
        Assert.Equal("actiepunt", actiepunt.Get<string>("kind"));
        Assert.Equal("5.2", actiepunt.Get<string>("number"));
        Assert.Equal("We ontwikkelen één digitale assistent voor 24 op 7-advies", actiepunt.Get<string>("title"));
        var partOf = Assert.Single(graph.Outgoing(actiepunt.Id, RelationshipType.PartOf));
        Assert.Equal("objective:strategy/sp5", partOf.End);
        Assert.Equal("We ontwikkelen één digitale assistent voor 24 op 7-advies", Assert.Single(partOf.Sources).Quote);
    }

    [Fact]
    public void A_principle_has_its_number_as_a_long()
    {
        var principle = Build().Node("principle:10")!;
        Assert.Equal(10L, principle.Properties["number"]);
        Assert.Equal("Digitale duurzaamheid", principle.Get<string>("title"));
    }

    [Fact]
    public void Links_an_actiepunt_to_every_term_its_title_or_text_names_with_each_mention_as_evidence()
    {
        var graph = Build();
        var mentions = Mentions(graph, "objective:strategy/sp8.ap1", "agency:digitaal-vlaanderen")!;
        Assert.Equal(3, mentions.Sources.Count);
        Assert.All(mentions.Sources, e => Assert.Equal("Digitaal Vlaanderen", Document.Text.Substring(e.Offset, e.Quote.Length).Replace("\n", " ")));
        Assert.Contains(mentions.Sources, e => Document.LineAt(e.Offset) == 1780);
    }

    [Fact]
    public void Finds_a_term_by_its_alias_and_quotes_the_alias()
    {
        var mentions = Mentions(Build(), "objective:strategy/sp1.ap6", "agency:vdab")!;
        Assert.All(mentions.Sources, e => Assert.Equal("VDAB", e.Quote));
    }

    [Fact]
    public void Links_speerpunten_and_principles_to_the_terms_they_name()
    {
        var graph = Build();
        Assert.NotNull(Mentions(graph, "objective:strategy/sp8", "agency:digitaal-vlaanderen"));
        Assert.NotNull(Mentions(graph, "objective:strategy/sp3.ap4", "building-block:vitalink"));
        Assert.Empty(graph.Outgoing("principle:1", RelationshipType.Mentions));
    }

    [Fact]
    public void Adds_a_term_node_with_name_type_and_code_and_every_mention_as_evidence()
    {
        var graph = Build();
        var vdab = graph.Node("agency:vdab")!;
        Assert.Equal("Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding", vdab.Get<string>("name"));
        Assert.Equal("agentschap", vdab.Get<string>("type"));
        Assert.False(vdab.Properties.ContainsKey("code"));
        Assert.Equal("VL", graph.Node("building-block:vitalink")!.Get<string>("code"));
        var mentioned = graph.Incoming("agency:vdab", RelationshipType.Mentions).SelectMany(r => r.Sources).Distinct();
        Assert.Equal(mentioned.OrderBy(e => e.Offset), vdab.Sources.OrderBy(e => e.Offset));
    }

    [Fact]
    public void Keeps_a_term_node_that_is_already_there_and_adds_the_evidence()
    {
        var builder = new GraphBuilder();
        var earlier = new Evidence("document:000", 5, "Digitaal Vlaanderen");
        builder.AddNode("agency:digitaal-vlaanderen", NodeLabel.Agency, new Dictionary<string, object?> { ["name"] = "Digitaal Vlaanderen", ["acronym"] = "DV" }, earlier);
        var node = Build(builder).Node("agency:digitaal-vlaanderen")!;
        Assert.Equal("DV", node.Get<string>("acronym"));
        Assert.Contains(earlier, node.Sources);
        Assert.Contains(node.Sources, e => e.Document == Document.Id);
    }

    [Fact]
    public void Every_evidence_in_the_graph_is_the_document_text_at_its_offset()
    {
        var graph = Build();
        var evidence = graph.Nodes.SelectMany(n => n.Sources).Concat(graph.Relationships.SelectMany(r => r.Sources));
        Assert.All(evidence, e => Assert.Equal(Document.Text.Substring(e.Offset, e.Quote.Length), e.Quote));
    }
}
