using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Vocabulary;

public sealed class TermListTests
{
    [Fact]
    public void Malformed_yaml_is_an_error_that_names_the_file_and_the_line()
    {
        const string yaml = """
            - name: Digitaal Vlaanderen
              aliases:
                - agentschap Digitaal Vlaanderen
            - name: Athumi
              aliases: [Vlaams Datanutsbedrijf
            - name: MAGDA
            """;

        var error = Assert.Throws<CorpusFormatException>(() => Parse(yaml));

        Assert.Equal("organisations.yaml", error.File);
        Assert.Equal(5, error.Line);
        Assert.StartsWith("organisations.yaml:", error.Message);
    }

    [Fact]
    public void An_unknown_key_is_an_error_that_names_its_line()
    {
        const string yaml = """
            - name: Digitaal Vlaanderen
              alias: agentschap Digitaal Vlaanderen
            """;

        var error = Assert.Throws<CorpusFormatException>(() => Parse(yaml));

        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void An_entry_without_a_name_is_an_error_that_names_the_entry_line()
    {
        const string yaml = """
            # organisations
            - name: Digitaal Vlaanderen
              type: agentschap

            - type: agentschap
              aliases:
                - VDAB
            """;

        var error = Assert.Throws<CorpusFormatException>(() => Parse(yaml));

        Assert.Equal("organisations.yaml", error.File);
        Assert.Equal(5, error.Line);
        Assert.Contains("'name'", error.Expected);
    }

    [Fact]
    public void A_leading_article_is_left_out_of_the_id_but_kept_in_the_name()
    {
        var term = Assert.Single(Parse("- name: Het Facilitair Bedrijf\n  type: agentschap\n"));

        Assert.Equal("agency:facilitair-bedrijf", term.Id);
        Assert.Equal("Het Facilitair Bedrijf", term.Name);
        Assert.Equal(NodeLabel.Agency, term.Label);
    }

    [Theory]
    [InlineData("Het Facilitair Bedrijf", "Facilitair Bedrijf")]
    [InlineData("de Vlaamse Regering", "Vlaamse Regering")]
    [InlineData("een Vlaamse dienstenintegrator", "Vlaamse dienstenintegrator")]
    [InlineData("Dennenhout", "Dennenhout")]
    [InlineData("Hetzelfde", "Hetzelfde")]
    public void Only_a_whole_leading_article_is_stripped(string name, string expected)
    {
        Assert.Equal(expected, TermList.WithoutArticle(name));
    }

    [Fact]
    public void A_code_gives_the_id_and_an_explicit_id_overrides_both()
    {
        const string yaml = """
            - name: Ondersteuning Digitale Transformatie
              code: VV057
              parent: Vlaamse Veerkracht
            - name: Digitalisering Dienst van de Vlaamse Bestuursrechtscolleges
              id: digitalisering-dbrc
            """;

        var terms = TermList.Parse("programmes.yaml", yaml, NodeLabel.Programme, "programme");

        Assert.Equal(["programme:vv057", "programme:digitalisering-dbrc"], terms.Select(t => t.Id));
        Assert.Equal("Vlaamse Veerkracht", terms[0].Parent);
    }

    [Fact]
    public void Aliases_are_trimmed_and_blank_ones_dropped()
    {
        var term = Assert.Single(Parse("- name: MAGDA\n  type: dienst\n  aliases: ['  Vlaamse dienstenintegrator ', '']\n"));

        Assert.Equal(["Vlaamse dienstenintegrator"], term.Aliases);
    }

    [Theory]
    [InlineData("agentschap", "AGENCY")]
    [InlineData("extern verzelfstandigd agentschap", "AGENCY")]
    [InlineData("departement", "AGENCY")]
    [InlineData("regering", "GOVERNMENT")]
    [InlineData("investeringsmaatschappij", "COMPANY")]
    [InlineData("Europese instelling", "EU_INSTITUTION")]
    [InlineData("vzw", "NONPROFIT")]
    public void An_organisation_gets_its_kind_from_its_type(string type, string kind)
    {
        var term = Assert.Single(Parse($"- name: Someone\n  type: {type}\n"));

        Assert.Equal(kind, term.Kind);
    }

    [Fact]
    public void Programmes_and_building_blocks_have_no_kind()
    {
        var term = Assert.Single(TermList.Parse("programmes.yaml", "- name: Vlaamse Veerkracht\n  type: programme\n", NodeLabel.Programme, "programme"));

        Assert.Null(term.Kind);
    }

    [Theory]
    [InlineData("  type: genootschap\n", "not 'genootschap'")]
    [InlineData("", "not ''")]
    public void An_organisation_whose_type_decides_no_kind_is_an_error_naming_file_line_and_type(string typeLine, string named)
    {
        var yaml = "- name: Digitaal Vlaanderen\n  type: agentschap\n- name: Genootschap der Vrienden\n" + typeLine;

        var error = Assert.Throws<CorpusFormatException>(() => Parse(yaml));

        Assert.Equal("organisations.yaml", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("'Genootschap der Vrienden'", error.Expected);
        Assert.Contains(named, error.Expected);
        Assert.Contains("agentschap", error.Expected);
    }

    [Fact]
    public void Every_organisation_of_the_seeds_has_a_kind_and_the_government_is_the_only_one_of_its_kind()
    {
        var organisations = TermList.Load(RepoPaths.Vocabulary).Terms.Where(t => t.Label == NodeLabel.Agency).ToList();

        Assert.All(organisations, t => Assert.Contains(t.Kind, OrganisationKind.All));
        Assert.Equal("agency:vlaamse-regering", Assert.Single(organisations, t => t.Kind == OrganisationKind.Government).Id);
        Assert.Equal(OrganisationKind.Agency, organisations.Single(t => t.Id == "agency:digitaal-vlaanderen").Kind);
        Assert.Equal(OrganisationKind.EuInstitution, organisations.Single(t => t.Id == "agency:europese-commissie").Kind);
    }

    [Fact]
    public void An_empty_file_has_no_terms()
    {
        Assert.Empty(Parse("# nothing yet\n"));
    }

    [Fact]
    public void Loading_a_folder_without_the_vocabulary_files_is_an_error_that_names_the_missing_file()
    {
        var folder = Directory.CreateTempSubdirectory("vocabulary-");
        try
        {
            var error = Assert.Throws<CorpusFormatException>(() => TermList.Load(folder.FullName));

            Assert.Contains(error.File, TermList.Files.Keys);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IReadOnlyList<Term> Parse(string yaml) => TermList.Parse("organisations.yaml", yaml, NodeLabel.Agency, "agency");
}
