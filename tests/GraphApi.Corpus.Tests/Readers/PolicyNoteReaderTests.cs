using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Tests.Readers;

public class PolicyNoteReaderTests
{
    private const string Digitalisation = "digitalisering";
    private const string InternalServices = "interne-dienstverlening";

    private readonly SourceDocument _document = PolicyNoteSamples.Document();
    private readonly Diagnostics _diagnostics = new();
    private readonly PolicyNote _note;

    public PolicyNoteReaderTests()
    {
        _note = PolicyNoteReader.Read(_document, _diagnostics);
    }

    private PolicyObjective Objective(string field, string number) =>
        _note.Objective(field, number) ?? throw new Xunit.Sdk.XunitException($"{field} {number} was not read");

    private PolicyIndicator Indicator(string namePrefix) => _note.Indicators.Single(i => i.Name.StartsWith(namePrefix, StringComparison.Ordinal));

    private string[] Numbers(string field, ObjectiveKind kind) =>
        _note.Objectives.Where(o => o.Field == field && o.Kind == kind).Select(o => o.Number).ToArray();

    [Fact]
    public void The_note_has_the_two_policy_fields_digitalisation_and_internal_services()
    {
        Assert.Equal([Digitalisation, InternalServices], _note.Fields.Select(f => f.Key));
        Assert.Equal("BELEIDSVELD I: DIGITALISERING", _note.Fields[0].Title);
    }

    [Fact]
    public void The_real_note_reads_without_warnings()
    {
        Assert.Empty(_diagnostics.All);
    }

    [Fact]
    public void The_digitalisation_field_has_six_strategic_and_twenty_operational_objectives()
    {
        Assert.Equal(["SD1", "SD2", "SD3", "SD4", "SD5", "SD6"], Numbers(Digitalisation, ObjectiveKind.Strategic));
        Assert.Equal(
            ["OD1.1", "OD1.2", "OD1.3", "OD2.1", "OD2.2", "OD2.3", "OD2.4", "OD3.1", "OD3.2", "OD3.3", "OD3.4", "OD3.5",
             "OD4.1", "OD4.2", "OD5.1", "OD5.2", "OD5.3", "OD5.4", "OD6.1", "OD6.2"],
            Numbers(Digitalisation, ObjectiveKind.Operational));
    }

    [Fact]
    public void The_internal_services_field_has_seven_strategic_and_eighteen_operational_objectives()
    {
        Assert.Equal(["SD1", "SD2", "SD3", "SD4", "SD5", "SD6", "SD7"], Numbers(InternalServices, ObjectiveKind.Strategic));
        Assert.Equal(
            ["OD1.1", "OD1.2", "OD2.1", "OD2.2", "OD3.1", "OD3.2", "OD4.1", "OD4.2", "OD5.1", "OD6.1",
             "OD7.1", "OD7.2", "OD7.3", "OD7.4", "OD7.5", "OD7.6", "OD7.7", "OD7.8"],
            Numbers(InternalServices, ObjectiveKind.Operational));
    }

    [Fact]
    public void OD4_1_is_read_from_the_body_although_the_table_of_contents_leaves_it_out()
    {
        var od41 = Objective(Digitalisation, "OD4.1");
        Assert.StartsWith("We creëren een Vlaams Centrum voor Digitale Veiligheid", od41.Title);
        Assert.True(_document.LineAt(od41.Heading.Offset) > 143, "read from the body, after the table of contents");
    }

    [Theory]
    [InlineData(InternalServices, "OD1.1", "OD 1.1 De Vlaamse overheid", "De Vlaamse overheid heeft 1 vastgoedstrategie")]
    [InlineData(Digitalisation, "OD2.1", "OD2.1. We versterken", "We versterken de centrale rol")]
    [InlineData(InternalServices, "OD7.6", "OD 7.6: Het Facilitair Bedrijf", "Het Facilitair Bedrijf voorziet in een eengemaakte")]
    [InlineData(Digitalisation, "SD6", "SD6: Athumi", "Athumi is gangmaker")]
    public void Objective_numbers_are_normalised_whatever_spacing_and_punctuation_the_heading_uses(string field, string number, string heading, string title)
    {
        var objective = Objective(field, number);
        Assert.StartsWith(heading, objective.Heading.Quote);
        Assert.StartsWith(title, objective.Title);
    }

    [Fact]
    public void Every_operational_objective_belongs_to_the_strategic_objective_with_its_first_number()
    {
        foreach (var od in _note.Objectives.Where(o => o.Kind == ObjectiveKind.Operational))
            Assert.Equal("SD" + od.Number[2..od.Number.IndexOf('.')], od.Parent);
        Assert.All(_note.Objectives.Where(o => o.Kind == ObjectiveKind.Strategic), sd => Assert.Null(sd.Parent));
    }

    [Fact]
    public void The_same_number_in_two_fields_is_two_objectives_with_different_titles()
    {
        var digital = Objective(Digitalisation, "OD1.1");
        var facilities = Objective(InternalServices, "OD1.1");
        Assert.StartsWith("We ontwikkelen één eenduidige", digital.Title);
        Assert.StartsWith("De Vlaamse overheid heeft 1 vastgoedstrategie", facilities.Title);
    }

    [Theory]
    [InlineData(Digitalisation, "SD1", "3. ISE: Digitalisering")]
    [InlineData(Digitalisation, "OD6.2", "3. ISE: Digitalisering")]
    [InlineData(InternalServices, "OD2.2", "3. ISE: vastgoed")]
    [InlineData(InternalServices, "SD3", "4. ISE: Facilities")]
    [InlineData(InternalServices, "OD6.1", "4. ISE: Facilities")]
    [InlineData(InternalServices, "SD7", "5. ISE: Documentbeheer")]
    [InlineData(InternalServices, "OD7.8", "5. ISE: Documentbeheer")]
    public void Objectives_record_the_ISE_section_they_stand_in(string field, string number, string section)
    {
        Assert.Equal(section, Objective(field, number).Section);
    }

    [Fact]
    public void An_objective_text_runs_from_its_heading_to_the_next_heading()
    {
        var sd4 = Objective(Digitalisation, "SD4");
        Assert.StartsWith("Ik streef naar een digitaal veilig Vlaanderen.", sd4.Text);
        Assert.EndsWith("de implementatie van het beleid bij de Vlaamse entiteiten en lokale besturen vereenvoudigen.", sd4.Text);
        Assert.DoesNotContain("Vlaams Centrum voor Digitale Veiligheid dat inzet", sd4.Text);
    }

    [Fact]
    public void The_last_objective_of_a_field_stops_at_the_next_part_of_the_note()
    {
        var od62 = Objective(Digitalisation, "OD6.2");
        Assert.EndsWith("Zo bouw ik verder aan een datarijke toekomst voor onze regio.", od62.Text);
        var od78 = Objective(InternalServices, "OD7.8");
        Assert.DoesNotContain("BIJLAGE", od78.Text);
    }

    [Fact]
    public void A_paragraph_cut_by_a_page_break_is_joined_again()
    {
        Assert.Contains("ook onze bedrijven, verenigingen en burgers meeneemt.", Objective(Digitalisation, "OD1.1").Text);
    }

    [Fact]
    public void The_digitalisation_field_has_five_indicators_and_internal_services_one()
    {
        Assert.Equal(5, _note.Indicators.Count(i => i.Field == Digitalisation));
        Assert.Equal(1, _note.Indicators.Count(i => i.Field == InternalServices));
    }

    [Fact]
    public void The_Athumi_indicator_keeps_its_last_known_value_as_written()
    {
        var athumi = Indicator("Grootte van het athumi-ecosysteem");
        Assert.Equal("5.332 ondernemingen aangesloten op 31/12/2023 (jaarverslag Athumi 2023).", athumi.LastKnownValue);
        Assert.Equal("Het aantal unieke ondernemingen dat aangesloten is op het ecosysteem van Athumi.", athumi.Definition);
        Assert.StartsWith("Een groei van 50% tegen het einde van de regeerperiode.", athumi.TargetValue);
    }

    [Fact]
    public void The_vastgoed_indicator_has_no_last_known_value_and_none_is_invented()
    {
        var climate = Indicator("Klimaatdoelstellingen 2030");
        Assert.Null(climate.LastKnownValue);
        Assert.Null(climate.BudgetRelevance);
        Assert.StartsWith("Diverse initiatieven worden uitgevoerd", climate.Relevance);
        Assert.DoesNotContain(climate.Rows, r => r.Label == "Laatste gekende waarde");
    }

    [Theory]
    [InlineData("Aantal transacties op 3 types generieke bouwstenen", "3.1.1. Digitaal Vlaanderen")]
    [InlineData("Gebruik van de ICT-raamcontracten", "3.1.1. Digitaal Vlaanderen")]
    [InlineData("Grootte van het athumi-ecosysteem", "3.1.2. Athumi")]
    [InlineData("Tevredenheid van de Vlaming", "3.1.3. Vlaamse overheid")]
    [InlineData("Klimaatdoelstellingen 2030", "3. ISE: vastgoed")]
    public void Indicators_know_the_sub_section_they_stand_under(string name, string section)
    {
        Assert.Equal(section, Indicator(name).Section);
    }

    [Fact]
    public void A_value_continued_on_a_tab_indented_line_belongs_to_the_row_above()
    {
        var contracts = Indicator("Gebruik van de ICT-raamcontracten");
        Assert.Contains("Verder zorgt de inrichting van de oplossingen", contracts.Relevance);
        Assert.StartsWith("Het in toenemende mate gezamenlijk gebruiken", contracts.BudgetRelevance);
    }

    [Fact]
    public void Indicator_values_are_plain_text_without_HTML()
    {
        var values = _note.Indicators.SelectMany(i => new[] { i.Name, i.Definition, i.LastKnownValue, i.TargetValue, i.Relevance, i.BudgetRelevance });
        Assert.All(values.OfType<string>(), v => Assert.DoesNotMatch("</?(p|i|ul|li)\\b", v));
        Assert.Contains("<ul", Indicator("Aantal transacties").Rows[1].Source.Quote);
    }

    [Fact]
    public void The_vastgoed_indicator_refers_to_SD1_and_OD1_2_of_its_field()
    {
        var references = Indicator("Klimaatdoelstellingen 2030").References;
        Assert.Equal(["SD1", "OD1.2"], references.Select(r => r.Number));
        Assert.StartsWith("SD 1: Een efficiënte overheid", references[0].Source.Quote);
        Assert.All(_note.Indicators.Where(i => i.Field == Digitalisation), i => Assert.Empty(i.References));
    }

    [Fact]
    public void Coalition_agreement_quotes_are_kept_in_plain_text()
    {
        Assert.Equal(
            ["Met het Vlaams Datanutsbedrijf Athumi laat Vlaanderen zien dat het een gangmaker is op het vlak van datatechnologie en innovatieve datatoepassingen."],
            Indicator("Grootte van het athumi-ecosysteem").AgreementQuotes.Select(q => q.Text));
        Assert.Equal(2, Indicator("Tevredenheid van de Vlaming").AgreementQuotes.Count);
        Assert.Equal(4, _note.Indicators.Sum(i => i.AgreementQuotes.Count));
    }

    [Fact]
    public void The_annex_has_eleven_initiatives_all_in_the_digitalisation_field()
    {
        Assert.Equal(11, _note.Initiatives.Count);
        Assert.All(_note.Initiatives, i => Assert.Equal(Digitalisation, i.Field));
        Assert.All(_note.Initiatives, i => Assert.Equal("Regelgeving", i.Kind));
        Assert.StartsWith("Voorontwerp van decreet tot wijziging van het KLIP-decreet", _note.Initiatives[0].Title);
        Assert.StartsWith("De gigabitinfrastructuurverordening heeft als doel", _note.Initiatives[0].Text);
    }

    [Fact]
    public void Planning_steps_are_split_into_label_and_time_at_the_first_colon()
    {
        var planning = _note.Initiatives[0].Planning;
        Assert.Equal(6, planning.Count);
        Assert.Equal(("Bekrachtiging en afkondiging VR", "afhankelijk van aanneming in het Vlaams Parlement: juli of november 2025"), (planning[4].Label, planning[4].When));
        Assert.Equal("Publicatie Belgisch Staatsblad: najaar 2025", planning[5].ToString());
    }

    [Fact]
    public void A_planning_step_without_a_colon_is_kept_whole()
    {
        var step = _note.Initiatives[0].Planning[2];
        Assert.Equal("Definitieve goedkeuring Vlaamse Regering medio april 2025", step.Label);
        Assert.Null(step.When);
    }

    [Fact]
    public void Entities_are_split_at_commas_and_en_but_not_inside_a_name()
    {
        Assert.Equal(
            ["Agentschap Digitaal Vlaanderen", "werkgroep authentieke gegevensbronnen", "VVSG", "Stuurorgaan Vlaams Informatie- en ICT-beleid"],
            _note.Initiatives[^1].Entities.Select(e => e.Name));
        Assert.Equal(["Agentschap Digitaal Vlaanderen", "de VTC"], _note.Initiatives[1].Entities.Select(e => e.Name));
        Assert.Equal("Agentschap Digitaal Vlaanderen en de VTC", _note.Initiatives[1].EntitiesLine);
    }

    [Fact]
    public void Every_evidence_quote_is_the_document_text_at_its_offset()
    {
        var evidence = PolicyNoteSamples.AllEvidence(_note).ToList();
        Assert.True(evidence.Count > 200);
        Assert.All(evidence, e =>
        {
            Assert.Equal(_document.Id, e.Document);
            Assert.Equal(_document.Text.Substring(e.Offset, e.Quote.Length), e.Quote);
        });
    }
}
