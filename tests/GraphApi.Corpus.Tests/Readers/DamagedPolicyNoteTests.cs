using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Tests.Readers;

public class DamagedPolicyNoteTests
{
    private readonly Diagnostics _diagnostics = new();

    private PolicyNote Read(SourceDocument document) => PolicyNoteReader.Read(document, _diagnostics);

    private static SourceDocument Note(string text) => SourceDocument.FromText("099_test.txt", text.ReplaceLineEndings("\n"));

    private const string SmallNote = """
        II. BELEIDSVELD I: DIGITALISERING

        3. ISE: Digitalisering

        3.1. Prestatie-indicatoren

        3.1.1. Digitaal Vlaanderen

        Benaming	Aantal bouwstenen
        Definitie	<p>Het aantal bouwstenen.</p>
        Streefwaarde	Meer
        Beleidsmatige relevantie	Draagt bij aan SD 1 en OD 1.1.

        3.2. Strategische en operationele doelstellingen

        SD1: We bouwen bouwstenen

        Een alinea.

        OD 1.1: We bouwen er meer

        Nog een alinea.
        """;

    [Theory]
    [InlineData("")]
    [InlineData("\n \n\t\n")]
    public void An_empty_document_is_refused(string text)
    {
        var error = Assert.Throws<CorpusFormatException>(() => Read(Note(text)));
        Assert.Contains("empty", error.Expected);
    }

    [Fact]
    public void A_document_without_BELEIDSVELD_headings_is_refused_naming_what_was_expected()
    {
        var text = PolicyNoteSamples.Document().Text.Replace("BELEIDSVELD", "DEEL");
        var error = Assert.Throws<CorpusFormatException>(() => Read(Note(text)));
        Assert.Contains("BELEIDSVELD", error.Expected);
        Assert.Equal("099_test.txt", error.File);
    }

    [Fact]
    public void A_note_cut_off_before_its_first_objective_is_refused()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Read(PolicyNoteSamples.CutAt("3.2. Strategische en operationele doelstellingen\n\nSD1")));
        Assert.Contains("SD1", error.Expected);
    }

    [Fact]
    public void A_note_cut_off_inside_an_indicator_table_keeps_the_indicator_and_warns()
    {
        var note = Read(PolicyNoteSamples.CutAt("Streefwaarde\t<p>Tegen 2030", 40));
        var climate = Assert.Single(note.Indicators, i => i.Field == "interne-dienstverlening");
        Assert.Equal("Klimaatdoelstellingen 2030 Het Facilitair Bedrijf - Gebouwen", climate.Name);
        Assert.Null(climate.Relevance);
        Assert.Contains(_diagnostics.All, d => d.Message == $"indicator '{climate.Name}' has no 'Beleidsmatige relevantie'");
        Assert.Equal(26, note.Objectives.Count);
        Assert.Empty(note.Initiatives);
        Assert.Contains(_diagnostics.All, d => d.Message.Contains("no annex"));
    }

    [Fact]
    public void An_indicator_without_a_last_known_value_row_gets_null_and_no_warning()
    {
        var indicator = Assert.Single(Read(Note(SmallNote)).Indicators);
        Assert.Null(indicator.LastKnownValue);
        Assert.Equal("Het aantal bouwstenen.", indicator.Definition);
        Assert.DoesNotContain(_diagnostics.All, d => d.Message.Contains("Laatste gekende waarde"));
    }

    [Fact]
    public void A_small_note_in_the_same_format_is_read_like_the_real_one()
    {
        var note = Read(Note(SmallNote));
        Assert.Equal(["SD1", "OD1.1"], note.Objectives.Select(o => o.Number));
        Assert.Equal("SD1", note.Objectives[1].Parent);
        Assert.Equal("Nog een alinea.", note.Objectives[1].Text);
        Assert.Equal(["SD1", "OD1.1"], note.Indicators[0].References.Select(r => r.Number));
        Assert.Equal("3.1.1. Digitaal Vlaanderen", note.Indicators[0].Section);
    }

    [Fact]
    public void An_initiative_cut_off_before_its_entities_is_kept_with_a_warning()
    {
        var note = Read(PolicyNoteSamples.CutAt("Agentschap Digitaal Vlaanderen, werkgroep authentieke gegevensbronnen"));
        var last = note.Initiatives[^1];
        Assert.Equal(11, note.Initiatives.Count);
        Assert.Empty(last.Entities);
        Assert.Null(last.EntitiesLine);
        Assert.Equal(4, last.Planning.Count);
        Assert.Contains(_diagnostics.All, d => d.Message.StartsWith($"initiative '{last.Title}' names no entities"));
    }

    [Fact]
    public void An_operational_objective_without_its_strategic_objective_is_kept_without_parent()
    {
        var note = Read(Note(SmallNote.Replace("SD1: We bouwen bouwstenen", "SD2: We bouwen bouwstenen")));
        Assert.Null(note.Objectives.Single(o => o.Number == "OD1.1").Parent);
        Assert.Contains(_diagnostics.All, d => d.Message == "OD1.1 in digitalisering comes before any SD1");
    }

    [Fact]
    public void Reading_any_cut_of_the_note_either_succeeds_or_names_what_was_expected()
    {
        var text = PolicyNoteSamples.Document().Text;
        for (var end = 0; end <= text.Length; end += 997)
        {
            var document = SourceDocument.FromText(PolicyNoteSamples.FileName, text[..end]);
            try
            {
                var note = PolicyNoteReader.Read(document, new Diagnostics());
                Assert.All(PolicyNoteSamples.AllEvidence(note), e => Assert.Equal(document.Text.Substring(e.Offset, e.Quote.Length), e.Quote));
            }
            catch (CorpusFormatException)
            {
            }
        }
    }
}
