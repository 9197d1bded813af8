using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Tests.Linking;

public class ReferenceAlignerTests
{
    private static IReadOnlyDictionary<int, int> Align(EvaluationRequest request, PublishedEvaluation published, out Diagnostics diagnostics)
    {
        diagnostics = new Diagnostics();
        return ReferenceAligner.Align(request, published, Corpus.Published, diagnostics).ToDictionary(a => a.Key.Number, a => a.Value.SourceIndex);
    }

    [Fact]
    public void Matches_all_35_references_to_distinct_decisions()
    {
        var aligned = Align(Corpus.ReadRequest(), Corpus.ReadPublished(), out var diagnostics);

        Assert.Equal(35, aligned.Count);
        Assert.Equal(35, aligned.Values.Distinct().Count());
        Assert.Empty(diagnostics.All);
    }

    [Fact]
    public void Tells_apart_two_preliminary_drafts_that_open_with_the_same_words()
    {
        // References [7] and [9] both open "Versterking juridisch kader ... Voorontwerp van decreet tot
        // wijziging van het decreet van 18 juli 2008 betreffende het elektronische be...": decisions 12
        // and 18. The summary cites them where 000 cites [12] and [18], in that order.
        var aligned = Align(Corpus.ReadRequest(), Corpus.ReadPublished(), out _);

        Assert.Equal(12, aligned[7]);
        Assert.Equal(18, aligned[9]);
    }

    [Fact]
    public void Leaves_an_ambiguous_reference_unmatched_when_the_citations_cannot_tell()
    {
        var published = Corpus.ReadPublished();
        var withoutCitations = published with { Citations = [] };

        var aligned = Align(Corpus.ReadRequest(), withoutCitations, out var diagnostics);

        Assert.False(aligned.ContainsKey(7));
        Assert.False(aligned.ContainsKey(9));
        Assert.Contains(diagnostics.All, d => d.Message == "reference [7] is not matched to a decision: decisions 12 and 18 open with these words and the citations do not tell which");
    }

    [Fact]
    public void Reports_a_reference_whose_opening_matches_no_decision()
    {
        var published = Corpus.ReadPublished();
        var changed = published with { References = [published.References[0] with { Opening = "Een beslissing die niet bestaat" }] };

        var aligned = Align(Corpus.ReadRequest(), changed, out var diagnostics);

        Assert.Empty(aligned);
        Assert.Contains(diagnostics.All, d => d.Message.EndsWith("no decision in 000 opens with these words"));
    }
}
