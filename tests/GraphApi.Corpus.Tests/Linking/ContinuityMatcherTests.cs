using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Linking;

public class ContinuityMatcherTests
{
    private static readonly Lazy<IReadOnlyList<Continuation>> Scores = new(() =>
    {
        var vocabulary = TermList.Load(RepoPaths.Vocabulary);
        var note = SourceDocument.Load(RepoPaths.Document("002"));
        return new ContinuityMatcher(new NamedTerms(new TermMatcher(vocabulary.Terms), vocabulary))
            .Score(PromiseSplitter.Split(Corpus.Request, Corpus.ReadRequest().Clause), PolicyNoteReader.Read(note, new Diagnostics()), note);
    });

    private static Continuation Pair(int promise, string target) => Scores.Value.Single(c => c.Promise == promise && c.Target == target);

    // Pairs judged by reading the promise (2019-2024) and the objective or indicator (2024-2029), with the reason.
    public static TheoryData<int, string, string> Continued => new()
    {
        { 10, "objective:digitalisering/od1.2", "'de lokale besturen helpen digitaliseren' goes on as 'We helpen lokale besturen om versneld te digitaliseren'" },
        { 2, "objective:digitalisering/sd1", "Vlaanderen Radicaal Digitaal II is followed by 'Vlaanderen Radicaal Digitaal III'" },
        { 9, "objective:digitalisering/od3.3", "MAGDA is scaled up to the Vlaams data-integratieplatform" },
        { 8, "objective:digitalisering/od6.2", "Mijn Burgerprofiel is where citizens will open their data through Athumi's data vaults" },
        { 8, "indicator:digitalisering/aantal-transacties-op-3-types-generieke-bouwstenen", "the indicator counts the interactions through Mijn Burgerprofiel" },
        { 5, "objective:digitalisering/od2.2", "opening data through APIs goes on as opening the building blocks in one platform" },
    };

    public static TheoryData<int, string, string> NotContinued => new()
    {
        { 1, "objective:interne-dienstverlening/od2.2", "building projects do not carry on 'radicaal inzetten op digitalisering'" },
        { 11, "objective:interne-dienstverlening/od2.2", "lower burdens for the building sector are not the administrative burdens across government levels" },
        { 12, "objective:interne-dienstverlening/od6.1", "automating purchasing does not shrink the government" },
        { 13, "objective:digitalisering/sd4", "a security policy for local governments is not digital correspondence with them" },
        { 13, "objective:digitalisering/od1.2", "helping local governments digitalise is not making all letters to them digital" },
    };

    [Theory]
    [MemberData(nameof(Continued))]
    public void A_pair_judged_a_continuation_scores_at_least_the_threshold(int promise, string target, string reason)
    {
        Assert.True(Pair(promise, target).Confidence >= ContinuityMatcher.Threshold, $"{reason}; scored {Pair(promise, target).Confidence}");
    }

    [Theory]
    [MemberData(nameof(NotContinued))]
    public void A_pair_judged_unrelated_scores_below_the_threshold(int promise, string target, string reason)
    {
        Assert.True(Pair(promise, target).Confidence < ContinuityMatcher.Threshold, $"{reason}; scored {Pair(promise, target).Confidence}");
    }

    [Fact]
    public void The_threshold_sits_between_the_judged_pairs()
    {
        var lowestContinued = Continued.Min(r => Pair((int)r[0], (string)r[1]).Confidence);
        var highestUnrelated = NotContinued.Max(r => Pair((int)r[0], (string)r[1]).Confidence);

        Assert.InRange(ContinuityMatcher.Threshold, highestUnrelated + 0.01, lowestContinued);
    }

    [Fact]
    public void The_burgerprofiel_promise_is_continued_with_both_sides_quoted_and_the_shared_building_block_named()
    {
        var graph = CorpusIngestor.Ingest(RepoPaths.Seeds).Graph;

        var continues = graph.Outgoing("promise:3.2.3-08", RelationshipType.Continues).ToList();

        Assert.Contains(continues, c => c.End == "indicator:digitalisering/aantal-transacties-op-3-types-generieke-bouwstenen");
        Assert.All(continues, c =>
        {
            Assert.Equal(["building-block:mijn-burgerprofiel"], c.Get<List<string>>("sharedTerms"));
            Assert.Equal(["document:000", "document:002"], c.Sources.Select(s => s.Document));
            Assert.Contains("Burgerprofiel", c.Sources[1].Quote);
        });
    }
}
