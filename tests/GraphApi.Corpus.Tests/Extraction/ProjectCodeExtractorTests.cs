using GraphApi.Corpus.Extraction;

namespace GraphApi.Corpus.Tests.Extraction;

public class ProjectCodeExtractorTests
{
    [Theory]
    [InlineData("Digitale transformatie cultuursector: ‘doelgericht digitaal transformeren’ (VV072)", "VV072")]
    [InlineData("In het kader van het project VV50 'Digitalisering Integratie en Inburgering'", "VV050")]
    [InlineData("Plan Vlaamse Veerkracht: dossier 57 Ondersteuning Digitale Transformatie", "VV057")]
    [InlineData("Plan Vlaamse Veerkracht: dossiers 72 en 129 Relance-initiatieven", "VV072,VV129")]
    [InlineData("kent de Vlaamse Regering nu 1 miljoen euro toe aan project 63 uit het relanceplan", "VV063")]
    [InlineData("In uitvoering van het  project 15 'Digitale versnelling onderwijs'", "VV015")]
    public void Writes_every_form_of_a_project_code_as_VV_and_three_digits(string text, string expected)
    {
        Assert.Equal(expected, string.Join(",", ProjectCodeExtractor.Find(text).Select(c => c.Code)));
    }

    [Theory]
    [InlineData("Vanuit de relanceprovisie wordt voor dit project 1,6 miljoen euro voorzien.")]
    [InlineData("het digitaliseringsproject is de Vlaamse bestuursrechtspraak extern te digitaliseren")]
    [InlineData("Voor dit project is 11 miljoen euro voorzien.")]
    public void Does_not_take_an_amount_or_a_word_for_a_project_code(string text)
    {
        Assert.Empty(ProjectCodeExtractor.Find(text));
    }

    [Fact]
    public void Gives_offsets_into_the_text_it_was_given()
    {
        const string text = "Plan Vlaamse Veerkracht: dossier 57 Ondersteuning";

        var code = Assert.Single(ProjectCodeExtractor.Find(text, 5, text.Length - 5));

        Assert.Equal("dossier 57", text.Substring(code.Offset, code.Length));
    }
}
