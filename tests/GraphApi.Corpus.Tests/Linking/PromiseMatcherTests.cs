using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

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

    // Links judged by reading whether the decision's own words carry what the promise commits to, with the reason.
    public static TheoryData<int, int, string> Direct => new()
    {
        { 1, 0, "'het verder zetten van het programma Vlaanderen Radicaal Digitaal' says in the decision's words that the government 'zet verder radicaal in op digitalisering'" },
        { 2, 1, "the decision approves year 2022 of 'Vlaanderen Radicaal Digitaal 2', the promised 'tweede editie'" },
        { 3, 23, "the decision moves staff of the Facilitair Bedrijf, the agency the promise names, and its ICT" },
        { 8, 58, "the decision builds out Mijn Burgerprofiel, the promised 'uniek digitaal Burgerprofiel'" },
        { 9, 46, "the decision makes MAGDA 'de datadraaischijf voor de uitwisseling van unieke gegevens', the promise's own words" },
        { 9, 18, "the draft decree amends 'het decreet houdende de oprichting en organisatie van een Vlaamse dienstenintegrator', the promised MAGDA" },
    };

    public static TheoryData<int, int, string> Indirect => new()
    {
        { 5, 28, "mobility providers share their data once through the Sensor Data Space; the government opening its own data 'maximaal en via API's' is not what the decision says" },
        { 1, 1, "the year plan 2022 names the programme but not that the government goes on ('verder') with radical digitalisation; that is promise 2's 'tweede editie'" },
        { 1, 4, "the decision funds running VRD 1 solutions; going on with digitalisation is mentioned in passing ('wil hierop voortbouwen')" },
        { 1, 8, "the digital service strategy sets principles for digital services; it does not speak of the government's commitment to digitalisation" },
    };

    [Theory]
    [MemberData(nameof(Direct))]
    public void A_link_judged_direct_is_direct(int promise, int decision, string reason)
    {
        Assert.True(Link(promise, decision).Strength == FulfilStrength.Direct, reason);
    }

    [Theory]
    [MemberData(nameof(Indirect))]
    public void A_link_judged_indirect_is_indirect(int promise, int decision, string reason)
    {
        Assert.True(Link(promise, decision).Strength == FulfilStrength.Indirect, reason);
    }

    [Fact]
    public void The_direct_similarity_sits_between_the_judged_links_without_a_shared_name()
    {
        var lowestDirect = Direct.Select(r => Link((int)r[0], (int)r[1])).Where(l => l.SharedTerms.Count == 0).Min(l => l.Similarity);
        var highestIndirect = Indirect.Max(r => Link((int)r[0], (int)r[1]).Similarity);

        Assert.InRange(PromiseMatcher.DirectFrom, highestIndirect + 0.01, lowestDirect - 0.01);
        Assert.All(Indirect, r => Assert.Empty(Link((int)r[0], (int)r[1]).SharedTerms));
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
