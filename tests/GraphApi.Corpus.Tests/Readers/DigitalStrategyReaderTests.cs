using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Tests.Readers;

public class DigitalStrategyReaderTests
{
    private static readonly SourceDocument Document = SourceDocument.Load(Path.Combine(RepoPaths.Documents, "004_93ab343b016f600d.txt"));
    private static readonly Diagnostics Diagnostics = new();
    private static readonly DigitalStrategy Strategy = DigitalStrategyReader.Read(Document, Diagnostics);

    [Fact]
    public void Reads_the_four_axes_from_the_sentence_that_names_them()
    {
        Assert.Equal(["burger", "onderneming", "overheid", "infrastructuur"], Strategy.Axes.Select(a => a.Name));
        Assert.All(Strategy.Axes, a => Assert.Equal(43, Document.LineAt(a.Evidence.Offset)));
    }

    [Fact]
    public void Reads_nine_speerpunten_and_repairs_their_titles_but_not_their_evidence()
    {
        Assert.Equal(Enumerable.Range(1, 9), Strategy.Speerpunten.Select(s => s.Number));
        Assert.Equal("Iedereen (continu) voorbereid op de digitale toekomst", Strategy.Speerpunten[0].Title);
        Assert.Equal("1. ledereen (continu) voorbereid op de digitale toekomst", Strategy.Speerpunten[0].Heading.Quote);
        Assert.Equal("De kracht van AI omarmen op een verantwoorde manier", Strategy.Speerpunten[3].Title);
        Assert.Equal("Met oog voor maatschappelijke impact", Strategy.Speerpunten[8].Title);
    }

    [Fact]
    public void Reads_the_speerpunt_heading_that_follows_a_page_break()
    {
        var seventh = Strategy.Speerpunten[6];
        Assert.Equal("Toekomstbestendige duurzame digitale infrastructuur", seventh.Title);
        Assert.EndsWith("digitale veiligheid te bereiken", Strategy.Speerpunten[5].Text);
    }

    [Fact]
    public void A_speerpunt_description_is_the_one_paragraph_under_its_heading()
    {
        Assert.StartsWith("Dit speerpunt richt zich op het ondersteunen", Strategy.Speerpunten[0].Text);
        Assert.EndsWith("moeten bewaken.", Strategy.Speerpunten[8].Text);
        Assert.DoesNotContain("In de volgende secties", Strategy.Speerpunten[8].Text);
    }

    [Fact]
    public void Reads_all_40_actiepunten_despite_ocr_damage()
    {
        Assert.Equal(40, Strategy.Actiepunten.Count);
        Assert.Equal([7, 5, 4, 4, 7, 4, 4, 5],
            Enumerable.Range(1, 8).Select(n => Strategy.Actiepunten.Count(a => a.Speerpunt == n)));
        Assert.All(Strategy.Actiepunten.GroupBy(a => a.Speerpunt),
            g => Assert.Equal(Enumerable.Range(1, g.Count()), g.Select(a => a.Ordinal)));
        Assert.All(Strategy.Actiepunten, a => Assert.StartsWith("We ", a.Title));
    }

    [Fact]
    public void Warns_that_the_introduction_announces_36_actiepunten_where_the_sections_have_40()
    {
        var warning = Assert.Single(Diagnostics.All);
        Assert.Equal(22, warning.Line);
        Assert.Contains("36", warning.Message);
        Assert.Contains("40", warning.Message);
    }

    [Fact]
    public void Finds_the_digitale_assistent_after_a_page_break_under_speerpunt_5()
    {
        var assistent = Assert.Single(Strategy.Actiepunten, a => a.Title == "We ontwikkelen één digitale assistent voor 24 op 7-advies");
        Assert.Equal((5, 2), (assistent.Speerpunt, assistent.Ordinal));
        Assert.StartsWith("De digitale assistent helpt burgers", assistent.Text);
    }

    [Fact]
    public void Reads_the_section_whose_number_lost_its_dots()
    {
        Assert.Equal("We ondersteunen Imec als wereldwijde speler in halfgeleiderproductie",
            Strategy.Actiepunten.First(a => a.Speerpunt == 7).Title);
    }

    [Fact]
    public void Joins_a_two_line_heading_into_one_title()
    {
        var actiepunt = Assert.Single(Strategy.Actiepunten, a => a.Title.StartsWith("We versterken de Vlaamse digitale weerbaarheid"));
        Assert.Equal("We versterken de Vlaamse digitale weerbaarheid met het Vlaams Centrum voor Digitale Veiligheid", actiepunt.Title);
        Assert.Equal("We versterken de Vlaamse digitale weerbaarheid met het Vlaams Centrum voor Digitale\nVeiligheid", actiepunt.Heading.Quote);
    }

    [Fact]
    public void Repairs_ocr_damage_in_actiepunt_titles()
    {
        var titles = Strategy.Actiepunten.Select(a => a.Title).ToList();
        Assert.Contains("We bevorderen AI-adoptie bij ondernemingen met de Beleidsagenda AI", titles);
        Assert.Contains("We investeren in nieuwe technologieën voor cultuur, media, sport en sociale betrokkenheid", titles);
        Assert.Contains("We maken de centrale bouwstenen dé norm in elk digitaal project", titles);
    }

    [Theory]
    [InlineData("We ondersteunen de transformatie van de economie", "We zetten in op levenslang leren op de werkvloer")]
    [InlineData("We verzekeren daarbij altijd de mogelijkheid", "We organiseren ons op een omnikanaalbenadering met persoonlijk contact")]
    [InlineData("We maken werk van een vernieuwde Vlaamse cloudstrategie", "We zetten in op verantwoord gebruik van data & AI in de cloud")]
    public void Body_paragraphs_that_open_with_We_stay_in_the_text_of_their_actiepunt(string paragraph, string actiepunt)
    {
        Assert.DoesNotContain(Strategy.Actiepunten, a => a.Title.StartsWith(paragraph));
        Assert.Contains(paragraph, Assert.Single(Strategy.Actiepunten, a => a.Title == actiepunt).Text);
    }

    [Theory]
    [InlineData("We faciliteren geintegreerde en doelgerichte zorg en ondersteuning")]
    [InlineData("We zorgen voor automatische rechtentoekenning in het Groeipakket")]
    [InlineData("We stimuleren innovatie in de agrifood industrie")]
    [InlineData("We nemen deel aan de Europese Genome Data Infrastruture")]
    [InlineData("We investeren in intelligente transportsystem")]
    public void Example_headings_are_not_actiepunten(string example)
    {
        Assert.DoesNotContain(Strategy.Actiepunten, a => a.Title.StartsWith(example) || a.Text.Contains(example));
    }

    [Fact]
    public void The_columns_of_the_cloud_strategy_box_are_not_actiepunten()
    {
        var platform = Strategy.Actiepunten.Where(a => a.Speerpunt == 8).ToList();
        Assert.Equal(5, platform.Count);
        Assert.DoesNotContain(platform, a => a.Title.Contains("publieke") || a.Text.Contains("We kiezen voor een publieke"));
    }

    [Fact]
    public void Actiepunt_text_leaves_out_quotes_footers_and_boxes()
    {
        var onderwijs = Assert.Single(Strategy.Actiepunten, a => a.Title == "We passen het onderwijs aan aan digitale noden");
        Assert.EndsWith("via 0.a. keurmerken.", onderwijs.Text);
        var lokaal = Assert.Single(Strategy.Actiepunten, a => a.Title == "We ondersteunen de digitale transformatie van lokale besturen");
        Assert.Contains("zou ontstaan waarin de Lokaal Digitaal filosofie wordt verankerd", lokaal.Text);
        Assert.DoesNotContain(lokaal.Body, e => e.Quote.Contains("verbeelding werkt"));
        var datakwaliteit = Assert.Single(Strategy.Actiepunten, a => a.Title == "We verhogen de datakwaliteit en datageletterdheid");
        Assert.DoesNotContain("Ulrich", datakwaliteit.Text);
        Assert.DoesNotContain("Leidende principes", datakwaliteit.Text);
    }

    [Fact]
    public void Reads_ten_principles_including_the_one_that_lost_its_dot()
    {
        Assert.Equal(Enumerable.Range(1, 10), Strategy.Principles.Select(p => p.Number));
        Assert.Equal("Inclusieve toegang", Strategy.Principles[0].Title);
        Assert.Equal("Verantwoord gebruik van data en AI-systemen", Strategy.Principles[6].Title);
        Assert.Equal("Digitale duurzaamheid", Strategy.Principles[9].Title);
        Assert.Equal("10 Digitale duurzaamheid", Strategy.Principles[9].Heading.Quote);
    }

    [Fact]
    public void A_principle_keeps_all_its_paragraphs_but_not_the_closing_words_of_the_list()
    {
        Assert.Contains("\n\nVlaamse bedrijven hebben zeggenschap over hun bedrijfsgegevens", Strategy.Principles[3].Text);
        Assert.Contains("Ze kunnen zelf beslissen met welke andere bedrijven", Strategy.Principles[3].Text);
        Assert.EndsWith("voor het klimaat en het milieu.", Strategy.Principles[9].Text);
        Assert.Contains("Iedereen moet toegang hebben", Strategy.Principles[8].Text);
    }

    [Fact]
    public void Every_evidence_quote_is_the_document_text_at_its_offset()
    {
        var texts = Strategy.Speerpunten.Cast<IStrategyText>().Concat(Strategy.Actiepunten).Concat(Strategy.Principles).ToList();
        var evidence = Strategy.Axes.Select(a => a.Evidence).Concat(texts.SelectMany(t => t.Body.Prepend(t.Heading))).ToList();
        Assert.All(evidence, e =>
        {
            Assert.Equal(Document.Id, e.Document);
            Assert.Equal(Document.Text.Substring(e.Offset, e.Quote.Length), e.Quote);
        });
        Assert.All(texts, t => Assert.NotEmpty(t.Body));
    }

    [Fact]
    public void Empty_text_is_a_format_error_at_line_1()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Read(""));
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public void Text_cut_after_the_speerpunten_list_is_a_format_error_naming_the_missing_section()
    {
        var text = string.Join('\n', Document.Text.Split('\n').Take(200));
        var error = Assert.Throws<CorpusFormatException>(() => Read(text));
        Assert.Equal(200, error.Line);
        Assert.Contains("2.1.4", error.Expected);
    }

    [Fact]
    public void A_mangled_speerpunt_heading_is_a_format_error_naming_its_line()
    {
        var error = Assert.Throws<CorpusFormatException>(() => Read(Document.Text.Replace("3. Datagedreven overheid", "S. Datagedreven overheid")));
        Assert.Equal(126, error.Line);
        Assert.Contains("speerpunt 3", error.Expected);
    }

    [Fact]
    public void A_mangled_principle_heading_is_a_warning_and_the_other_principles_are_kept()
    {
        var diagnostics = new Diagnostics();
        var strategy = DigitalStrategyReader.Read(SourceDocument.FromText("004_test.txt", Document.Text.Replace("6. Eerlijke digitale markt", "G. Eerlijke digitale markt")), diagnostics);
        Assert.Equal([1, 2, 3, 4, 5, 7, 8, 9, 10], strategy.Principles.Select(p => p.Number));
        Assert.Contains(diagnostics.All, d => d.Message.Contains("principle 6") && d.Line == 2004);
    }

    [Fact]
    public void A_section_without_actiepunten_is_a_warning()
    {
        var diagnostics = new Diagnostics();
        var strategy = DigitalStrategyReader.Read(SourceDocument.FromText("004_test.txt", Document.Text.Replace("\nWe verduurzamen", "\nWij verduurzamen")
            .Replace("\nWe zetten EU", "\nWij zetten EU").Replace("\nWe investeren in hoog", "\nWij investeren in hoog").Replace("\nWe ondersteunen Imec", "\nWij ondersteunen Imec")), diagnostics);
        Assert.DoesNotContain(strategy.Actiepunten, a => a.Speerpunt == 7);
        Assert.Contains(diagnostics.All, d => d.Message.Contains("2.7.4") && d.Line == 1637);
    }

    [Fact]
    public void Text_cut_anywhere_is_read_or_is_a_format_error()
    {
        for (var cut = 0; cut < Document.Text.Length; cut += 997)
        {
            var text = Document.Text[..cut];
            try
            {
                Read(text);
            }
            catch (CorpusFormatException error)
            {
                Assert.InRange(error.Line, 1, text.Count(c => c == '\n') + 1);
            }
        }
    }

    private static DigitalStrategy Read(string text) => DigitalStrategyReader.Read(SourceDocument.FromText("004_test.txt", text), new Diagnostics());
}
