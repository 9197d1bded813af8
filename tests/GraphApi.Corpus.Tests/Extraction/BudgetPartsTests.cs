using GraphApi.Corpus.Extraction;

namespace GraphApi.Corpus.Tests.Extraction;

public class BudgetPartsTests
{
    private static readonly MoneyExtractor Extractor = new();

    private const string Budget2023 =
        "In dit kader keurt de Vlaamse Regering nu de gemotiveerde voordracht van het Stuurorgaan Vlaams Informatie- en ICT- beleid goed over de toewijzing van het VRD exploitatiebudget voor het begrotingsjaar 2023 van in totaal 15 miljoen euro : 5 miljoen euro voor de exploitatie van VRD 1-oplossingen; 4,21 miljoen euro voor de exploitatie van VRD 2-oplossingen die in de uitvoeringsjaren 2021 en 2022 worden gerealiseerd; en 5,79 miljoen euro voor hoogdringend evolutief onderhoud van generieke componenten die bijdragen aan de realisatie van het strategisch plan van het Stuurorgaan Vlaams Informatie- en ICT-beleid en de uitvoering van de informatieveiligheidsstrategie van de Vlaamse overheid.";

    private const string Kaleidos =
        "Voor de verdere ontwikkeling van het Kaleidos-platform is een budget van 2,4M euro\nrelance kredieten voorzien, 1760K euro in 2021 en 640K euro in 2022.";

    private static (MoneyMention Total, IReadOnlyList<MoneyMention> Parts)? PartsOf(string sentence) =>
        BudgetParts.Of(Extractor.Find(sentence));

    [Fact]
    public void Links_an_in_totaal_amount_to_the_parts_that_add_up_to_it_exactly()
    {
        var split = PartsOf(Budget2023);

        Assert.NotNull(split);
        Assert.Equal("15 miljoen euro", split.Value.Total.Amount.Quote);
        Assert.Equal(["5 miljoen euro", "4,21 miljoen euro", "5,79 miljoen euro"], split.Value.Parts.Select(p => p.Amount.Quote));
    }

    [Fact]
    public void Links_an_unmarked_budget_to_its_yearly_parts_when_the_sum_proves_it()
    {
        var split = PartsOf(Kaleidos);

        Assert.NotNull(split);
        Assert.Equal(2_400_000m, split.Value.Total.Amount.Euros);
        Assert.Equal([[2021], [2022]], split.Value.Parts.Select(p => p.Years.ToArray()));
    }

    [Theory]
    [InlineData("van in totaal 15 miljoen euro : 5 miljoen euro voor VRD 1; 4,21 miljoen euro voor VRD 2; en 5,78 miljoen euro voor generieke componenten.")]
    [InlineData("een budget van 2,4M euro relance kredieten voorzien, 1760K euro in 2021 en 650K euro in 2022.")]
    public void Links_nothing_when_the_parts_miss_the_total_by_any_amount(string sentence)
    {
        Assert.Null(PartsOf(sentence));
    }

    [Theory]
    [InlineData("De Vlaamse Regering beslist tot herverdeling van de kredieten Vlaanderen Radicaal Digitaal (VRD) beheer en exploitatie (15 miljoen euro vastleggings- en vereffeningskredieten) en VRD investeringen (15 miljoen euro vastleggingskredieten en 10,75 miljoen euro vereffeningskredieten) voor het begrotingsjaar 2023 naar de relevante basisallocaties van de betrokken entiteiten.")]
    [InlineData("Voor het begrotingsjaar 2024 wijst ze daarom 5 miljoen euro toe voor de exploitatie van VRD 1-oplossingen en 10 miljoen euro voor de exploitatie van VRD 2-oplossingen die in de uitvoeringsjaren 2021-2023 gerealiseerd worden.")]
    [InlineData("Voor het project is een budget van 5 miljoen euro voorzien, 5 miljoen euro in 2021.")]
    public void Takes_neither_a_list_of_amounts_nor_one_repeated_amount_for_a_split(string sentence)
    {
        Assert.Null(PartsOf(sentence));
    }

    [Fact]
    public void Never_adds_an_amount_per_project_to_a_total()
    {
        Assert.Null(PartsOf("Er wordt een totaalbudget van maximaal 100.000 euro voorzien met een maximum van 50.000 euro per project en 50.000 euro per project."));
    }

    [Fact]
    public void Links_nothing_when_a_part_cannot_be_read()
    {
        Assert.Null(PartsOf("van in totaal 15 miljoen euro : 5 miljoen euro voor VRD 1; 4,21 miljoen euro voor VRD 2; en 5,7,9 miljoen euro voor generieke componenten."));
    }

    [Fact]
    public void Refuses_mentions_from_more_than_one_sentence()
    {
        var mentions = Extractor.Find("Voor A is 1 miljoen euro voorzien. Voor B is 2 miljoen euro voorzien.");

        Assert.Throws<ArgumentException>(() => BudgetParts.Of(mentions));
    }

    [Fact]
    public void Finds_nothing_in_a_sentence_without_money()
    {
        Assert.Null(BudgetParts.Of([]));
    }
}
