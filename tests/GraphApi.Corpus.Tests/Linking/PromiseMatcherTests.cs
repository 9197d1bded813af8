using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Vocabulary;

namespace GraphApi.Corpus.Tests.Linking;

public class PromiseMatcherTests
{
    private static readonly Lazy<IReadOnlyList<PromiseLink>> Scores = new(() =>
    {
        var request = Corpus.ReadRequest();
        var vocabulary = TermList.Load(RepoPaths.Vocabulary);
        return new PromiseMatcher(new TermMatcher(vocabulary.Terms), vocabulary)
            .Score(Corpus.Request, PromiseSplitter.Split(Corpus.Request, request.Clause), request.Decisions);
    });

    private static PromiseLink Link(int promise, int decision) => Scores.Value.Single(l => l.Promise == promise && l.Decision == decision);

    // Pairs judged by reading promise and decision, with the reason.
    public static TheoryData<int, int, string> Related => new()
    {
        { 1, 0, "VRD 2 for 2021 is how the government 'zet verder radicaal in op digitalisering'" },
        { 2, 1, "VRD 2, year 2022, is the 'tweede editie van het programma Vlaanderen Radicaal Digitaal'" },
        { 2, 3, "the exploitation budget keeps the VRD programme's solutions running" },
        { 3, 23, "moving ICT staff out of the Facilitair Bedrijf reshapes the ICT-regierol the promise gives it" },
        { 5, 28, "data integration services open mobility data up to others" },
        { 8, 58, "the decision invests in Mijn Burgerprofiel, the 'uniek digitaal Burgerprofiel'" },
        { 9, 46, "the common service delivery project extends MAGDA, the 'Vlaamse dienstenintegrator'" },
        { 9, 15, "the draft decree amends the decree that set up the Vlaamse dienstenintegrator" },
    };

    public static TheoryData<int, int, string> Unrelated => new()
    {
        { 7, 1, "VRD 2's yearly plan says nothing of private companies sharing data with the government" },
        { 12, 3, "an exploitation budget does not shrink the government" },
        { 13, 32, "a data strategy is not about letters between governments going digital" },
        { 13, 56, "a support offer for local governments does not make their correspondence digital" },
    };

    [Theory]
    [MemberData(nameof(Related))]
    public void A_pair_judged_related_scores_at_least_the_threshold(int promise, int decision, string reason)
    {
        Assert.True(Link(promise, decision).Confidence >= PromiseMatcher.Threshold, reason);
    }

    [Theory]
    [MemberData(nameof(Unrelated))]
    public void A_pair_judged_unrelated_scores_below_the_threshold(int promise, int decision, string reason)
    {
        Assert.True(Link(promise, decision).Confidence < PromiseMatcher.Threshold, reason);
    }

    [Fact]
    public void The_threshold_sits_between_the_judged_pairs_with_room_on_both_sides()
    {
        var lowestRelated = Related.Min(r => Link((int)r[0], (int)r[1]).Confidence);
        var highestUnrelated = Unrelated.Max(r => Link((int)r[0], (int)r[1]).Confidence);

        Assert.InRange(PromiseMatcher.Threshold, highestUnrelated + 0.01, lowestRelated - 0.01);
    }

    [Fact]
    public void A_shared_programme_adds_to_the_text_similarity_even_when_named_through_its_edition()
    {
        var link = Link(2, 1);

        Assert.Contains("programme:vlaanderen-radicaal-digitaal", link.SharedTerms);
        Assert.Equal(Math.Round(link.Similarity + PromiseMatcher.SharedTermBonus, 3), link.Confidence);
    }

    [Fact]
    public void The_evidence_of_a_link_is_the_decision_sentence_most_like_the_promise()
    {
        var link = Link(8, 58);

        Assert.Contains("Mijn Burgerprofiel", link.Sentence.Quote);
        Assert.Equal(link.Sentence.Quote, Corpus.Request.Text.Substring(link.Sentence.Offset, link.Sentence.Quote.Length));
    }
}
