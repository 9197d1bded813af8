using GraphApi.Corpus.Extraction;

namespace GraphApi.Corpus.Tests.Extraction;

public class PromiseSplitterTests
{
    private static IReadOnlyList<string> Promises()
    {
        var request = Corpus.ReadRequest();
        return PromiseSplitter.Split(Corpus.Request, request.Clause).Select(p => p.Text.Quote).ToList();
    }

    [Fact]
    public void Splits_clause_323_into_one_promise_per_sentence_and_per_colon_joined_part()
    {
        var promises = Promises();

        Assert.Equal(13, promises.Count);
        Assert.Equal("[We stellen data maximaal en via API’s open ter beschikking]", promises[4]);
        Assert.StartsWith("de ontwikkeling van toepassingen en apps laten we over aan de private markt", promises[5]);
        Assert.Equal("Alle briefwisseling tussen de Vlaamse overheid en lokale besturen gebeurt voortaan digitaal.", promises[12]);
    }

    [Fact]
    public void Does_not_split_at_an_abbreviation_inside_brackets()
    {
        Assert.Contains(Promises(), p => p.Contains("(akten, vergunningen, enz.) hanteren we een digital-first benadering"));
    }
}
