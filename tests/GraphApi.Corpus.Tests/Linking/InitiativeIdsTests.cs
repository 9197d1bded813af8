using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Linking;

public class InitiativeIdsTests
{
    private static PolicyInitiative Initiative(string title) =>
        new("Regelgeving", title, "digitalisering", "", [], null, [], new Evidence("document:099", 0, title));

    [Fact]
    public void An_id_takes_at_most_eight_words_leaving_out_the_opening_and_function_words()
    {
        var ids = InitiativeIds.For([Initiative("Voorontwerp van decreet tot oprichting van een Vlaams Centrum voor Digitale Veiligheid en nog veel meer woorden")]);
        Assert.Equal(["initiative:oprichting-vlaams-centrum-digitale-veiligheid-nog-veel-meer"], ids);
    }

    [Fact]
    public void Titles_alike_in_their_first_eight_words_take_further_words_until_they_differ()
    {
        var ids = InitiativeIds.For(
        [
            Initiative("Voorontwerp van besluit van de Vlaamse Regering tot wijziging van het besluit van de Vlaamse Regering van 23 november 2018 betreffende de functionarissen"),
            Initiative("Voorontwerp van besluit van de Vlaamse Regering tot wijziging van het besluit van de Vlaamse Regering van 23 november 2018 betreffende het organisatieregister"),
            Initiative("Voorontwerp van besluit van de Vlaamse Regering tot uitvoering van het decreet"),
        ]);
        Assert.Equal(
        [
            "initiative:wijziging-besluit-vlaamse-regering-23-november-2018-betreffende-functionarissen",
            "initiative:wijziging-besluit-vlaamse-regering-23-november-2018-betreffende-organisatieregister",
            "initiative:uitvoering-decreet",
        ], ids);
    }

    [Fact]
    public void The_same_title_twice_gives_the_same_id()
    {
        var ids = InitiativeIds.For([Initiative("Beleid rond archivering"), Initiative("Beleid rond archivering")]);
        Assert.Equal(ids[0], ids[1]);
    }
}
