using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Vocabulary;

namespace GraphApi.Corpus.Tests.Extraction;

public class MoneyExtractorTests
{
    private static readonly TermMatcher Terms = new([
        new Term("agency:v-ict-or", "Agency", "Vlaamse ICT Organisatie", ["Vlaamse ICT-Organisatie"]),
        new Term("agency:vvsg", "Agency", "VVSG", ["Vereniging van Vlaamse Steden en Gemeenten"]),
        new Term("agency:aii", "Agency", "Agentschap Integratie en Inburgering", []),
        new Term("programme:vrd-1", "Programme", "Vlaanderen Radicaal Digitaal 1", ["VRD 1", "VRD1"]),
        new Term("programme:vrd-2", "Programme", "Vlaanderen Radicaal Digitaal 2", ["VRD 2", "VRD2"]),
        new Term("building-block:kaleidos", "BuildingBlock", "Kaleidos", ["Kaleidos-platform"]),
    ]);

    private static readonly MoneyExtractor Extractor = new(Terms);

    private static MoneyMention Single(string text) => Assert.Single(Extractor.Find(text));

    private static string Quote(string text, MoneyMention mention) => text.Substring(mention.Offset, mention.Length);

    private static string Sentence(string text, MoneyMention mention) => text.Substring(mention.SentenceOffset, mention.SentenceLength);

    // 000: the VRD exploitation budget for 2023, one sentence with a total and its three parts.
    private const string Budget2023 =
        "In dit kader keurt de Vlaamse Regering nu de gemotiveerde voordracht van het Stuurorgaan Vlaams Informatie- en ICT- beleid goed over de toewijzing van het VRD exploitatiebudget voor het begrotingsjaar 2023 van in totaal 15 miljoen euro : 5 miljoen euro voor de exploitatie van VRD 1-oplossingen; 4,21 miljoen euro voor de exploitatie van VRD 2-oplossingen die in de uitvoeringsjaren 2021 en 2022 worden gerealiseerd; en 5,79 miljoen euro voor hoogdringend evolutief onderhoud van generieke componenten die bijdragen aan de realisatie van het strategisch plan van het Stuurorgaan Vlaams Informatie- en ICT-beleid en de uitvoering van de informatieveiligheidsstrategie van de Vlaamse overheid.";

    [Fact]
    public void Finds_every_amount_of_a_sentence_with_its_exact_quote()
    {
        var mentions = Extractor.Find(Budget2023);

        Assert.Equal(["15 miljoen euro", "5 miljoen euro", "4,21 miljoen euro", "5,79 miljoen euro"], mentions.Select(m => Quote(Budget2023, m)));
        Assert.Equal(mentions.Select(m => m.Amount.Quote), mentions.Select(m => Quote(Budget2023, m)));
        Assert.Equal([15_000_000m, 5_000_000m, 4_210_000m, 5_790_000m], mentions.Select(m => m.Amount.Euros!.Value));
        Assert.All(mentions, m => Assert.Equal(Budget2023, Sentence(Budget2023, m)));
    }

    [Fact]
    public void Marks_the_amount_described_as_in_totaal_as_the_total_and_not_its_parts()
    {
        var mentions = Extractor.Find(Budget2023);

        Assert.Equal([true, false, false, false], mentions.Select(m => m.IsTotal));
    }

    [Fact]
    public void Gives_every_amount_the_budget_year_in_front_of_the_sentence_and_ignores_uitvoeringsjaren()
    {
        var mentions = Extractor.Find(Budget2023);

        Assert.All(mentions, m => Assert.Equal([2023], m.Years));
    }

    [Fact]
    public void Names_the_programme_of_each_clause_as_its_subject()
    {
        var mentions = Extractor.Find(Budget2023);

        Assert.Equal([[], ["programme:vrd-1"], ["programme:vrd-2"], []], mentions.Select(m => m.Subjects.Select(s => s.Term.Id).ToArray()));
    }

    [Fact]
    public void Shares_the_words_between_two_amounts_at_en_so_each_keeps_its_own_programme()
    {
        const string text = "Voor het begrotingsjaar 2024 wijst ze daarom 5 miljoen euro toe voor de exploitatie van VRD 1-oplossingen en 10 miljoen euro voor de exploitatie van VRD 2-oplossingen die in de uitvoeringsjaren 2021-2023 gerealiseerd worden.";

        var mentions = Extractor.Find(text);

        Assert.Equal(["programme:vrd-1"], mentions[0].Subjects.Select(s => s.Term.Id));
        Assert.Equal(["programme:vrd-2"], mentions[1].Subjects.Select(s => s.Term.Id));
        Assert.All(mentions, m => Assert.Equal([2024], m.Years));
    }

    [Theory]
    [InlineData("Voor de verdere ontwikkeling van het Kaleidos-platform is een budget van 2,4M euro\nrelance kredieten voorzien, 1760K euro in 2021 en 640K euro in 2022.", "1760K euro", new[] { 2021 })]
    [InlineData("Voor de verdere ontwikkeling van het Kaleidos-platform is een budget van 2,4M euro\nrelance kredieten voorzien, 1760K euro in 2021 en 640K euro in 2022.", "640K euro", new[] { 2022 })]
    [InlineData("Voor dit project is 3,5 miljoen euro voorzien in 2021 en 2022.", "3,5 miljoen euro", new[] { 2021, 2022 })]
    [InlineData("Hiervoor is een budget voorzien van 10 miljoen euro investeringen, gespreid over 2021 en 2022, en een recurrent exploitatiebudget van 2 miljoen euro.", "10 miljoen euro", new[] { 2021, 2022 })]
    [InlineData("De Vlaamse Regering voorziet daartoe twee maal 1,72 miljoen euro voor 2021 en 2022.", "1,72 miljoen euro", new[] { 2021, 2022 })]
    public void Takes_the_years_stated_right_after_the_amount(string text, string quote, int[] years)
    {
        var mention = Extractor.Find(text).Single(m => Quote(text, m) == quote);

        Assert.Equal(years, mention.Years);
    }

    [Fact]
    public void Expands_begrotingsjaren_tot_en_met_to_every_year_and_reads_jaarlijks_as_annual()
    {
        const string text = "Voor de begrotingsjaren 2021 tot en met 2024 zal ze hiervoor jaarlijks een projectsubsidie van 111.000 euro toekennen aan de Vlaamse ICT Organisatie vzw.";

        var mention = Single(text);

        Assert.Equal(111_000m, mention.Amount.Euros);
        Assert.Equal([2021, 2022, 2023, 2024], mention.Years);
        Assert.True(mention.IsAnnual);
        Assert.Equal("agency:v-ict-or", mention.Recipient?.Term.Id);
        Assert.Null(mention.RecipientText);
        Assert.Equal(text, Sentence(text, mention));
    }

    [Fact]
    public void Gives_each_amount_of_a_list_the_budget_year_nearest_before_it()
    {
        const string text = "De Vlaamse Regering beslist voor het begrotingsjaar 2021 een projectsubsidie van maximaal 108.000 euro, voor het begrotingsjaar 2022 een projectsubsidie van maximaal 103.500 euro en voor het begrotingsjaar 2023 een projectsubsidie van maximaal 41.250 euro toe te kennen aan de Vereniging van Vlaamse Steden en Gemeenten vzw in het kader van het opnemen van het relatiebeheer voor het relanceproject.";

        var mentions = Extractor.Find(text);

        Assert.Equal([[2021], [2022], [2023]], mentions.Select(m => m.Years.ToArray()));
        Assert.All(mentions, m => Assert.True(m.IsCap));
        Assert.Equal([null, null, "agency:vvsg"], mentions.Select(m => m.Recipient?.Term.Id));
    }

    [Fact]
    public void Takes_a_budget_year_after_the_amount_when_its_own_clause_states_it()
    {
        const string text = "Ze kent tegelijk een projectsubsidie van 111.000 euro toe aan de Vlaamse ICT-Organisatie vzw voor het begrotingsjaar 2022.";

        var mention = Single(text);

        Assert.Equal([2022], mention.Years);
        Assert.Equal("agency:v-ict-or", mention.Recipient?.Term.Id);
    }

    [Theory]
    [InlineData("Voor dit project wordt in 2021 5 miljoen euro voorzien.", 2021)]
    [InlineData("Voor dit project wordt in 2021 1,64 miljoen euro voorzien.", 2021)]
    [InlineData("In het kader van het Vlaanderen Radicaal\nDigitaal 2 programma is daartoe voor 2021 een budget van 350K euro voorzien.", 2021)]
    [InlineData("In 2024 heeft\nde Vlaamse overheid een recordbedrag van €3,5 miljard uitgetrokken voor wetenschap en innovatie.", 2024)]
    public void Takes_in_or_voor_a_year_earlier_in_the_sentence_when_nothing_closer_states_one(string text, int year)
    {
        Assert.Equal([year], Single(text).Years);
    }

    [Theory]
    [InlineData("Voor dit project is 11 miljoen euro voorzien.")]
    [InlineData("De overgang naar een ééngemaakte markt voor data zal naar verwachting leiden tot een toename van de data-economie in de EU tot een waarde van €829 miljard tegen 2025.")]
    [InlineData("Laatste gekende waarde\tAfname van de ICT-raamcontracten = €232.521.477 (prognose 2024)")]
    [InlineData("Tegen 29 september 2022 wordt 2 miljoen euro voorzien.")]
    [InlineData("In het kader van Visie 2050 wordt 5 miljoen euro voorzien.")]
    [InlineData("In dit kader voorziet de Vlaamse Regering 1 miljoen euro voor de   invulling van het relanceproject ‘Hybride digitale werkplek’   voor de uitvoeringsperiode 2022.")]
    [InlineData("Voor de verdere afwerking van KRAB is een budget van 156K euro voorzien in het\ndepartementaal budget van het departement Financién en Begroting voor het\nresterende deel van 2021 en de eerste helft van 2022.")]
    public void Leaves_the_years_empty_when_no_year_is_stated_for_the_amount(string text)
    {
        Assert.Empty(Single(text).Years);
    }

    [Fact]
    public void Does_not_lend_the_years_of_one_amount_to_the_next()
    {
        const string text = "Voor de verdere ontwikkeling van het Kaleidos-platform is een budget van 2,4M euro\nrelance kredieten voorzien, 1760K euro in 2021 en 640K euro in 2022.";

        var mentions = Extractor.Find(text);

        Assert.Empty(mentions[0].Years);
        Assert.Equal(["building-block:kaleidos"], mentions[0].Subjects.Select(s => s.Term.Id));
        Assert.Empty(Extractor.Find("Er is 3 miljoen euro in 2021 en daarna 2 miljoen euro voor onderhoud voorzien.")[1].Years);
    }

    [Fact]
    public void Reads_twee_maal_with_two_years_as_an_annual_amount()
    {
        const string text = "Ze beslist ook in te zetten op een datagedreven, kwaliteitsvolle en vereenvoudigde digitale dienstverlening aan de scholen en een data onderbouwd onderwijsbeleid te versterken en voorziet daarvoor twee maal 10,78 miljoen euro voor 2021 en 2022.";

        var mention = Single(text);

        Assert.True(mention.IsAnnual);
        Assert.Equal([2021, 2022], mention.Years);
    }

    [Fact]
    public void Reads_per_jaar_and_a_recurrent_budget_as_annual_but_a_one_off_spread_over_years_not()
    {
        var mentions = Extractor.Find("Hiervoor is een budget voorzien van 10 miljoen euro investeringen, gespreid over 2021 en 2022, en een recurrent exploitatiebudget van 2 miljoen euro.");

        Assert.Equal([false, true], mentions.Select(m => m.IsAnnual));
        Assert.True(Single("Het project krijgt 50.000 euro per jaar.").IsAnnual);
        Assert.Null(Single("Het project krijgt 50.000 euro per jaar.").PerUnit);
    }

    [Fact]
    public void Marks_maximaal_and_a_maximum_van_as_caps_and_per_project_as_the_unit()
    {
        const string text = "De oproep wordt eenmalig opengesteld, waarbij een totaalbudget van maximaal 5 miljoen euro wordt voorzien met een maximum van 50.000 euro per project, voor projecten met een looptijd van maximum 22 maanden.";

        var mentions = Extractor.Find(text);

        Assert.Equal([true, true], mentions.Select(m => m.IsCap));
        Assert.Equal([true, false], mentions.Select(m => m.IsTotal));
        Assert.Equal([null, "project"], mentions.Select(m => m.PerUnit));
        Assert.True(Single("Elk project krijgt max. 50.000 euro.").IsCap);
    }

    [Theory]
    [InlineData("In totaal wordt hiervoor zo'n 5,25 miljoen euro voorzien.")]
    [InlineData("Voor dit project is een totaal budget voorzien van 5 miljoen euro.")]
    [InlineData("De Vlaamse Regering kent van uit de relanceprovisie een subsidie van in totaal 2 miljoen euro toe aan de revalidatieziekenhuizen, de revalidatievoorzieningen, de psychiatrische verzorgingstehuizen, de initiatieven van beschut wonen en de multidisciplinaire begeleidingsequipes voor palliatieve zorg, voor de implementatie van het digitaliseringstraject (VV project 115).")]
    public void Marks_an_amount_described_as_a_total(string text)
    {
        Assert.True(Single(text).IsTotal);
    }

    [Fact]
    public void Reads_respectievelijk_as_two_plain_amounts()
    {
        var mentions = Extractor.Find("Voor deze projectoproepen is een budget voorzien van respectievelijk 3 miljoen euro en 11 miljoen euro uit de relanceprovisie.");

        Assert.Equal([3_000_000m, 11_000_000m], mentions.Select(m => m.Amount.Euros!.Value));
        Assert.All(mentions, m => Assert.False(m.IsTotal || m.IsCap || m.IsAnnual));
    }

    [Theory]
    [InlineData("Hiervoor is een budget van  12,4 miljoen euro  voorzien uit de relanceprovisie.", "12,4 miljoen euro")]
    [InlineData("Hiervoor is een budget van  12,4 miljoen  euro  voorzien uit de relanceprovisie.", "12,4 miljoen  euro")]
    public void Reads_amounts_with_double_spaces_around_and_inside_them(string text, string quote)
    {
        var mention = Single(text);

        Assert.Equal(quote, Quote(text, mention));
        Assert.Equal(12_400_000m, mention.Amount.Euros);
    }

    [Fact]
    public void Gives_each_of_two_amounts_its_own_recipient_and_reports_an_unknown_one_as_text()
    {
        const string text = "De Vlaamse Regering keurt in dit kader nu de toewijzing van middelen uit de relanceprovisie goed, en kent hiervoor 488.000 euro subsidie toe aan de  VVSG en 1,4 miljoen euro aan imec voor Mediawijs.";

        var mentions = Extractor.Find(text);

        Assert.Equal("agency:vvsg", mentions[0].Recipient?.Term.Id);
        Assert.Null(mentions[0].RecipientText);
        Assert.Null(mentions[1].Recipient);
        Assert.Equal("imec", mentions[1].RecipientText);
    }

    [Theory]
    [InlineData("In dit kader hecht de Vlaamse Regering haar goedkeuring aan de contouren van de  digitaliseringsprojecten en aan de herverdeling van zo'n 1,9 miljoen euro naar het Agentschap Integratie en Inburgering voor het programmateam en de vooronderzoeken om de projectplannen te verfijnen.")]
    [InlineData("In het kader van het project VV50 'Digitalisering Integratie en Inburgering' van het Relanceplan Vlaamse Veerkracht, keurt de Vlaamse Regering de herverdeling goed van 659.000 euro naar het Agentschap Integratie en Inburgering.")]
    public void Finds_the_agency_money_goes_naar(string text)
    {
        Assert.Equal("agency:aii", Single(text).Recipient?.Term.Id);
    }

    [Fact]
    public void Reports_a_recipient_the_vocabulary_does_not_know_as_its_phrase()
    {
        const string text = "In dit kader kent de Vlaamse Regering nu 1 miljoen euro toe aan project 63 uit het relanceplan Vlaamse Veerkracht:  Het Omgevingsloket - digitalisering inzageloket en omgevingscheck.";

        var mention = Single(text);

        Assert.Null(mention.Recipient);
        Assert.Equal("project 63", mention.RecipientText);
    }

    [Fact]
    public void Reports_every_recipient_as_text_without_a_term_matcher()
    {
        var mention = Assert.Single(new MoneyExtractor().Find("Ze kent tegelijk een projectsubsidie van 111.000 euro toe aan de Vlaamse ICT-Organisatie vzw voor het begrotingsjaar 2022."));

        Assert.Null(mention.Recipient);
        Assert.Equal("Vlaamse ICT-Organisatie vzw", mention.RecipientText);
        Assert.Empty(mention.Subjects);
    }

    [Fact]
    public void Does_not_take_what_precedes_the_amount_for_its_recipient()
    {
        var mention = Single("Voor het project wordt aan de VVSG 2 miljoen euro voorzien.");

        Assert.Null(mention.Recipient);
        Assert.Null(mention.RecipientText);
    }

    [Fact]
    public void Ends_the_sentence_at_vzw_before_a_capital_so_the_next_budget_year_stays_out()
    {
        const string text = "Voor het begrotingsjaar 2023 kent de Vlaamse Regering ook nog een projectsubsidie van 111.000 euro toe aan de Vlaamse ICT-Organisatie vzw. De besteding van deze middelen wordt gekoppeld aan een evaluatie op het moment van voordracht van het VRD-exploitatiebudget voor het begrotingsjaar 2024.";

        var mention = Single(text);

        Assert.EndsWith("Vlaamse ICT-Organisatie vzw.", Sentence(text, mention));
        Assert.Equal([2023], mention.Years);
    }

    [Theory]
    [InlineData("De verdere investeringen m.b.t. de versnelling van Mijn Burgerprofiel krijgen 10 miljoen euro.")]
    [InlineData("Dit gaat o.a. Digitaal Vlaanderen aan, bv. MAGDA, dat 2 miljoen euro krijgt.")]
    [InlineData("De dossiers nr. 5 t.e.m. 2024 krijgen max. 50.000 euro per project.")]
    [InlineData("De werven van Atlas vzw. en IN-Gent vzw. krijgen 1,5 miljoen euro.")]
    [InlineData("Het budget stijgt van 2,5 tot 3,5 procent, samen 2 miljoen euro.")]
    public void Keeps_abbreviations_and_decimal_numbers_inside_the_sentence(string text)
    {
        var mention = Single(text);

        Assert.Equal((0, text.Length), (mention.SentenceOffset, mention.SentenceLength));
    }

    [Fact]
    public void Ends_a_sentence_at_a_full_stop_a_blank_line_or_a_list_item()
    {
        const string text = "Vorig jaar was er niets voorzien. Nu is er 1 miljoen euro.\n\nDaarna 2 miljoen euro\n- en 3 miljoen euro in 2022";

        var sentences = Extractor.Find(text).Select(m => Sentence(text, m));

        Assert.Equal(["Nu is er 1 miljoen euro.", "Daarna 2 miljoen euro", "- en 3 miljoen euro in 2022"], sentences);
    }

    [Fact]
    public void Reports_a_misspelled_scale_word_from_the_corpus_as_unreadable_with_its_quote()
    {
        const string text = "Hiervoor worden zo'n  5,5 miljioen euro  relancemiddelen herschikt.";

        var mention = Single(text);

        Assert.False(mention.Amount.IsReadable);
        Assert.Null(mention.Amount.Euros);
        Assert.Equal("5,5 miljioen euro", mention.Amount.Quote);
        Assert.Equal(text.IndexOf("5,5", StringComparison.Ordinal), mention.Offset);
        Assert.Contains("miljioen", mention.Amount.Problem);
    }

    [Theory]
    [InlineData("Voor dit project is 5,7,9 miljoen euro voorzien.", "5,7,9 miljoen euro")]
    [InlineData("Voor dit project is 1.23.4 euro voorzien.", "1.23.4 euro")]
    [InlineData("Voor dit project is K euro voorzien.", "is K euro")]
    [InlineData("Voor dit project is twee miljoen euro voorzien.", "twee miljoen euro")]
    [InlineData("Voor dit project wordt in 2021 500 euro voorzien.", "2021 500 euro")]
    public void Reports_broken_amounts_in_text_as_unreadable_with_their_quote(string text, string quote)
    {
        var mention = Single(text);

        Assert.False(mention.Amount.IsReadable);
        Assert.Equal(quote, Quote(text, mention));
    }

    [Theory]
    [InlineData("De Vlaamse Regering keurt de reglementen voor de 'Projectoproep desinformatie' en de 'Projectoproep digitale transformatie' goed.")]
    [InlineData("Dit is in de praktijk geen ‘cloud only’ strategie, wordt immers gezien als €én van de pijlers.")]
    [InlineData("Vlaanderen neemt deel aan High Performance Computing (Euro HPC) en telt 6,8 miljoen inwoners.")]
    [InlineData("Afname van de ICT-raamcontracten: stijging van 15% tegen het einde van de regeerperiode")]
    public void Finds_nothing_where_no_money_is_named(string text)
    {
        Assert.Empty(Extractor.Find(text));
    }

    [Fact]
    public void Reports_text_that_ends_mid_expression_as_unreadable()
    {
        const string text = "De Vlaamse Regering voorziet 4,21 miljoen euro voor VRD 2-oplossingen en 5,79 miljoen";

        var mentions = Extractor.Find(text);

        Assert.Equal(2, mentions.Count);
        Assert.Equal("5,79 miljoen", mentions[1].Amount.Quote);
        Assert.False(mentions[1].Amount.IsReadable);
    }

    [Fact]
    public void Searches_only_the_slice_it_is_given_and_returns_offsets_into_the_whole_text()
    {
        var start = Budget2023.IndexOf("4,21", StringComparison.Ordinal);
        var length = Budget2023.IndexOf("5,79", StringComparison.Ordinal) + "5,79 miljoen".Length - start;

        var mentions = Extractor.Find(Budget2023, start, length);

        Assert.Equal(["4,21 miljoen euro", "5,79 miljoen"], mentions.Select(m => Quote(Budget2023, m)));
        Assert.Equal(4_210_000m, mentions[0].Amount.Euros);
        Assert.False(mentions[1].Amount.IsReadable);
        Assert.All(mentions, m => Assert.True(m.SentenceOffset >= start && m.SentenceOffset + m.SentenceLength <= start + length));
    }
}
