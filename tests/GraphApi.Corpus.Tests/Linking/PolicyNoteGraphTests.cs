using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Tests.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Linking;

public class PolicyNoteGraphTests
{
    private const string Athumi = "agency:athumi";
    private const string DigitaalVlaanderen = "agency:digitaal-vlaanderen";
    private const string FacilitairBedrijf = "agency:facilitair-bedrijf";
    private const string ClimateIndicator = "indicator:interne-dienstverlening/klimaatdoelstellingen-2030-het-facilitair-bedrijf-gebouwen";
    private const string AthumiIndicator = "indicator:digitalisering/grootte-van-het-athumi-ecosysteem";

    private static readonly TermMatcher Terms = new(
    [
        new Term(Athumi, NodeLabel.Agency, "Athumi", ["Vlaams Datanutsbedrijf"]),
        new Term(DigitaalVlaanderen, NodeLabel.Agency, "Digitaal Vlaanderen", ["agentschap Digitaal Vlaanderen"]),
        new Term(FacilitairBedrijf, NodeLabel.Agency, "Het Facilitair Bedrijf", []),
    ]);

    private readonly SourceDocument _document = PolicyNoteSamples.Document();
    private readonly Diagnostics _diagnostics = new();
    private readonly KnowledgeGraph _graph;

    public PolicyNoteGraphTests()
    {
        _graph = Build(_document, _diagnostics);
    }

    private static KnowledgeGraph Build(SourceDocument document, Diagnostics diagnostics)
    {
        var builder = new GraphBuilder();
        PolicyNoteGraph.AddTo(builder, PolicyNoteReader.Read(document, diagnostics), Terms, document, diagnostics);
        return builder.Build();
    }

    private Node Node(string id) => _graph.Node(id) ?? throw new Xunit.Sdk.XunitException($"no node {id}");

    private Relationship? Relationship(string type, string start, string end) =>
        _graph.Relationships.SingleOrDefault(r => r.Type == type && r.Start == start && r.End == end);

    [Fact]
    public void Objectives_with_the_same_number_in_two_fields_are_different_nodes()
    {
        var digital = Node("objective:digitalisering/od1.1");
        var facilities = Node("objective:interne-dienstverlening/od1.1");
        Assert.NotEqual(digital.Get<string>("title"), facilities.Get<string>("title"));
        Assert.Equal("digitalisering", digital.Get<string>("policyField"));
        Assert.Equal("interne-dienstverlening", facilities.Get<string>("policyField"));
    }

    [Fact]
    public void There_are_twenty_six_objectives_for_digitalisation_and_twenty_five_for_internal_services()
    {
        var objectives = _graph.NodesLabelled(NodeLabel.Objective).ToList();
        Assert.Equal(26, objectives.Count(o => o.Id.StartsWith("objective:digitalisering/")));
        Assert.Equal(25, objectives.Count(o => o.Id.StartsWith("objective:interne-dienstverlening/")));
    }

    [Fact]
    public void Objective_nodes_carry_kind_number_field_section_title_and_text()
    {
        var sd7 = Node("objective:interne-dienstverlening/sd7");
        Assert.Equal("strategic", sd7.Get<string>("kind"));
        Assert.Equal("SD7", sd7.Get<string>("number"));
        Assert.Equal("5. ISE: Documentbeheer", sd7.Get<string>("section"));
        Assert.StartsWith("Het Facilitair Bedrijf is de enige beleidsmaker", sd7.Get<string>("title"));
        Assert.StartsWith("Bij het uitvoeren van haar taken", sd7.Get<string>("text"));
        Assert.Equal("operational", Node("objective:digitalisering/od4.1").Get<string>("kind"));
    }

    [Fact]
    public void Every_operational_objective_is_part_of_its_strategic_objective()
    {
        var partOf = _graph.Relationships.Where(r => r.Type == RelationshipType.PartOf).ToList();
        Assert.Equal(38, partOf.Count);
        var od41 = Relationship(RelationshipType.PartOf, "objective:digitalisering/od4.1", "objective:digitalisering/sd4");
        Assert.NotNull(od41);
        Assert.StartsWith("OD4.1 We creëren een Vlaams Centrum", Assert.Single(od41.Sources).Quote);
    }

    [Fact]
    public void Agencies_are_responsible_for_the_indicators_of_their_sub_section()
    {
        var athumi = Relationship(RelationshipType.ResponsibleFor, Athumi, AthumiIndicator);
        Assert.NotNull(athumi);
        var source = Assert.Single(athumi.Sources);
        Assert.Equal("Athumi", source.Quote);
        Assert.Equal("3.1.2. Athumi", _document.Line(_document.LineAt(source.Offset)));
        Assert.Equal(3, _graph.Outgoing(DigitaalVlaanderen, RelationshipType.ResponsibleFor).Count(r => r.End.StartsWith("indicator:")));
    }

    [Fact]
    public void The_vastgoed_indicator_belongs_to_Het_Facilitair_Bedrijf_through_its_name()
    {
        var responsible = Relationship(RelationshipType.ResponsibleFor, FacilitairBedrijf, ClimateIndicator);
        Assert.NotNull(responsible);
        Assert.StartsWith("Benaming\tKlimaatdoelstellingen 2030 Het Facilitair Bedrijf", _document.Line(_document.LineAt(responsible.Sources[0].Offset)));
    }

    [Fact]
    public void The_vastgoed_indicator_has_a_null_last_known_value_and_the_Athumi_indicator_its_own()
    {
        var climate = Node(ClimateIndicator);
        Assert.True(climate.Properties.ContainsKey("lastKnownValue"));
        Assert.Null(climate.Properties["lastKnownValue"]);
        Assert.Equal("5.332 ondernemingen aangesloten op 31/12/2023 (jaarverslag Athumi 2023).", Node(AthumiIndicator).Get<string>("lastKnownValue"));
        Assert.Equal("3.1.2. Athumi", Node(AthumiIndicator).Get<string>("section"));
    }

    [Fact]
    public void The_vastgoed_indicator_measures_SD1_and_OD1_2_of_its_own_field()
    {
        var measures = _graph.Relationships.Where(r => r.Type == RelationshipType.Measures).ToList();
        Assert.All(measures, m => Assert.Equal(ClimateIndicator, m.Start));
        Assert.Equal(["objective:interne-dienstverlening/od1.2", "objective:interne-dienstverlening/sd1"], measures.Select(m => m.End).Order());
        Assert.StartsWith("SD 1: Een efficiënte overheid", Relationship(RelationshipType.Measures, ClimateIndicator, "objective:interne-dienstverlening/sd1")!.Sources[0].Quote);
    }

    [Theory]
    [InlineData(Athumi, "objective:digitalisering/sd6")]
    [InlineData(FacilitairBedrijf, "objective:interne-dienstverlening/od1.2")]
    [InlineData(FacilitairBedrijf, "objective:interne-dienstverlening/sd3")]
    [InlineData(FacilitairBedrijf, "objective:interne-dienstverlening/od2.1")]
    [InlineData(FacilitairBedrijf, "objective:interne-dienstverlening/od6.1")]
    [InlineData(FacilitairBedrijf, "objective:interne-dienstverlening/od7.6")]
    public void An_agency_that_carries_out_an_objective_by_its_heading_is_responsible_for_it(string agency, string objective)
    {
        var responsible = Relationship(RelationshipType.ResponsibleFor, agency, objective);
        Assert.NotNull(responsible);
        Assert.All(responsible.Sources, s => Assert.True(s.Offset >= Node(objective).Sources[0].Offset && s.Offset < Node(objective).Sources[0].Offset + Node(objective).Sources[0].Quote.Length, "the name is in the heading"));
    }

    [Fact]
    public void An_agency_the_minister_acts_upon_is_mentioned_but_not_responsible()
    {
        Assert.Null(Relationship(RelationshipType.ResponsibleFor, DigitaalVlaanderen, "objective:digitalisering/sd2"));
        Assert.NotNull(Relationship(RelationshipType.Mentions, "objective:digitalisering/sd2", DigitaalVlaanderen));
        Assert.DoesNotContain(_graph.Relationships, r => r.Type == RelationshipType.ResponsibleFor && r.End == "objective:interne-dienstverlening/od1.1");
    }

    [Fact]
    public void Objectives_mention_every_term_named_in_their_title_or_text()
    {
        var mentions = _graph.Outgoing("objective:digitalisering/od6.2", RelationshipType.Mentions).Select(r => r.End).Order();
        Assert.Equal([Athumi, DigitaalVlaanderen], mentions);
        Assert.Contains(_graph.Outgoing("objective:interne-dienstverlening/od6.1", RelationshipType.Mentions), r => r.End == DigitaalVlaanderen);
    }

    [Fact]
    public void Term_nodes_are_added_when_first_named()
    {
        var athumi = Node(Athumi);
        Assert.Equal(NodeLabel.Agency, athumi.Label);
        Assert.Equal("Athumi", athumi.Get<string>("name"));
        Assert.NotEmpty(athumi.Sources);
    }

    [Fact]
    public void Every_initiative_of_the_annex_is_a_node_of_its_own()
    {
        var initiatives = _graph.NodesLabelled(NodeLabel.Initiative).ToList();
        Assert.Equal(11, initiatives.Count);
        Assert.Contains(initiatives, i => i.Id == "initiative:oprichting-vlaams-centrum-digitale-veiligheid");
        var vms = Node("initiative:houdende-inrichting-vlaams-mandatensysteem");
        Assert.Equal("digitalisering", vms.Get<string>("policyField"));
        Assert.Equal("Publicatie Belgisch Staatsblad: december 2025", vms.Get<List<string>>("planning")![^1]);
    }

    [Fact]
    public void Initiatives_involve_the_organisations_the_vocabulary_knows()
    {
        var klip = "initiative:wijziging-klip-decreet-14-maart-2008-gipod-decreet-4-april";
        Assert.Equal("Vlaams Datanutsbedrijf", Relationship(RelationshipType.Involves, klip, Athumi)!.Sources.Single().Quote);
        Assert.Equal("agentschap Digitaal Vlaanderen", Relationship(RelationshipType.Involves, klip, DigitaalVlaanderen)!.Sources.Single().Quote);
        Assert.NotNull(Relationship(RelationshipType.Involves, "initiative:uitvoering-decreet-17-mei-2024-wijziging-diverse-decreten", FacilitairBedrijf));
        Assert.Equal(11, _graph.Relationships.Count(r => r.Type == RelationshipType.Involves && r.End == DigitaalVlaanderen));
    }

    [Fact]
    public void Organisations_the_vocabulary_does_not_know_are_reported_not_invented()
    {
        Assert.Contains(_diagnostics.All, d => d.Message == "unknown organisation 'Vlaams DKBUZA'");
        Assert.Contains(_diagnostics.All, d => d.Message == "unknown organisation 'Stuurorgaan Vlaams Informatie- en ICT-beleid'");
        Assert.Equal([Athumi, DigitaalVlaanderen, FacilitairBedrijf], _graph.NodesLabelled(NodeLabel.Agency).Select(n => n.Id));
    }

    [Fact]
    public void Every_evidence_quote_in_the_graph_is_the_document_text_at_its_offset()
    {
        var sources = _graph.Nodes.SelectMany(n => n.Sources).Concat(_graph.Relationships.SelectMany(r => r.Sources)).ToList();
        Assert.All(sources, s => Assert.Equal(_document.Text.Substring(s.Offset, s.Quote.Length), s.Quote));
        Assert.All(_graph.Relationships, r => Assert.NotEmpty(r.Sources));
    }

    [Fact]
    public void Property_values_are_strings_longs_bools_lists_of_strings_or_null()
    {
        var values = _graph.Nodes.SelectMany(n => n.Properties.Values).Concat(_graph.Relationships.SelectMany(r => r.Properties.Values));
        Assert.All(values, v => Assert.True(v is null or string or long or bool or List<string>, $"{v?.GetType().Name} is not allowed"));
    }

    [Fact]
    public void A_note_cut_off_in_its_annex_still_builds_a_graph_with_what_was_read()
    {
        var diagnostics = new Diagnostics();
        var graph = Build(PolicyNoteSamples.CutAt("Regelgeving - Voorontwerp van decreet houdende de inrichting"), diagnostics);
        Assert.Equal(4, graph.NodesLabelled(NodeLabel.Initiative).Count());
        Assert.Equal(51, graph.NodesLabelled(NodeLabel.Objective).Count());
    }
}
