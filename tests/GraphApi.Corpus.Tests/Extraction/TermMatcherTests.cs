using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Vocabulary;

namespace GraphApi.Corpus.Tests.Extraction;

public class TermMatcherTests
{
    private static readonly TermMatcher Matcher = new([
        new Term("agency:facilitair-bedrijf", "Agency", "Het Facilitair Bedrijf", ["HFB"]),
        new Term("building-block:magda", "BuildingBlock", "MAGDA", ["Vlaamse dienstenintegrator"]),
        new Term("building-block:magda-documentendienst", "BuildingBlock", "MAGDA documentendienst", ["MAGDA-Documentendienst"]),
        new Term("building-block:krab", "BuildingBlock", "KRAB", []),
    ]);

    private static IEnumerable<(string, string)> Find(string text) =>
        Matcher.Find(text).Select(m => (m.Term.Id, text.Substring(m.Offset, m.Length)));

    [Theory]
    [InlineData("van Het Facilitair Bedrijf en", "Facilitair Bedrijf")]
    [InlineData("bij het Facilitair Bedrijf te leggen", "Facilitair Bedrijf")]
    [InlineData("het agentschap Facilitair\nBedrijf naar", "Facilitair\nBedrijf")]
    [InlineData("dat HFB aanbiedt", "HFB")]
    public void Finds_an_organisation_whatever_its_article_case_or_line_break(string text, string quote)
    {
        Assert.Equal([("agency:facilitair-bedrijf", quote)], Find(text));
    }

    [Fact]
    public void Prefers_the_longest_name_where_names_overlap()
    {
        Assert.Equal([("building-block:magda-documentendienst", "MAGDA documentendienst")], Find("geintegreerd met de MAGDA documentendienst zodat"));
    }

    [Fact]
    public void Matches_acronyms_only_in_capitals()
    {
        Assert.Equal([("building-block:krab", "KRAB")], Find("ook KRAB in productie; een krab is geen platform"));
    }

    [Fact]
    public void Does_not_match_inside_a_longer_word()
    {
        Assert.Empty(Find("de MAGDAx en HFBrussel"));
    }

    [Fact]
    public void Refuses_one_surface_form_for_two_terms()
    {
        var error = Assert.Throws<ArgumentException>(() => new TermMatcher([
            new Term("agency:a", "Agency", "Inter", []),
            new Term("agency:b", "Agency", "Other", ["inter"]),
        ]));
        Assert.Contains("agency:a", error.Message);
    }
}
