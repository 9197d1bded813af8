using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Linking;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Linking;

public class CitationCheckerTests
{
    private static readonly Lazy<IReadOnlyList<CitationCheck>> Checks = new(() =>
    {
        var request = Corpus.ReadRequest();
        return new CitationChecker(request.Decisions).Check(Corpus.Request, request.Citations);
    });

    private static CitationCheck First(int number) => Checks.Value.First(c => c.Citation.Number == number);

    // Citations judged by reading the claim and the decision, with the reason.
    public static TheoryData<int, string> Supported => new()
    {
        { 24, "decision 24 is the recovery project 'Cybersecurity en uitrol SIEM': 'ingezet op cybersecurity'" },
        { 17, "decision 17 is the 'Hybride digitale werkplek' investment" },
        { 7, "decision 7 approves the strategic plan of the Stuurorgaan Vlaams Informatie- en ICT-beleid" },
        { 33, "decision 33 builds the 'digitaal loket Landinrichting'" },
        { 10, "decision 10 is on the digital transformation of the cultural sector" },
    };

    public static TheoryData<int, string> Unsupported => new()
    {
        { 42, "decision 42 helps entrepreneurs with data (FIT); it does not bundle the government's ICT services" },
        { 57, "decision 57 is a call for sheltered workshops (maatwerkbedrijven); it says nothing of a central data exchange" },
    };

    [Theory]
    [MemberData(nameof(Supported))]
    public void A_citation_judged_supported_reaches_the_supported_overlap(int number, string reason)
    {
        Assert.True(First(number).Support == CitationSupport.Supported, $"{reason}; got {First(number).Reason}");
    }

    [Theory]
    [MemberData(nameof(Unsupported))]
    public void A_citation_judged_unsupported_stays_below_the_weak_overlap(int number, string reason)
    {
        Assert.True(First(number).Support == CitationSupport.Unsupported, $"{reason}; got {First(number).Reason}");
    }

    [Fact]
    public void The_thresholds_sit_between_the_judged_citations()
    {
        var lowestSupported = Supported.Min(r => First((int)r[0]).Overlap);
        var highestUnsupported = Unsupported.Max(r => First((int)r[0]).Overlap);

        Assert.InRange(CitationChecker.SupportedFrom, highestUnsupported + 0.01, lowestSupported - 0.01);
        Assert.InRange(CitationChecker.WeakFrom, highestUnsupported + 0.01, CitationChecker.SupportedFrom);
    }

    [Fact]
    public void The_claim_of_a_citation_is_the_text_since_the_previous_markers()
    {
        Assert.Equal("Ook is er ingezet op cybersecurity", First(24).Claim.Quote);
        Assert.Equal("en investeringen in digitale werkplekken", First(17).Claim.Quote);
    }

    [Fact]
    public void A_list_item_borrows_the_words_before_it_that_say_what_the_list_is_of()
    {
        var claim = First(1).Claim;

        Assert.Equal("voor VRD2 voor de uitvoeringsjaren 2021 [0], 2022", claim.Quote);
        Assert.Equal(claim.Quote, Corpus.Request.Text.Substring(claim.Offset, claim.Quote.Length));
    }

    [Fact]
    public void The_reason_names_the_words_found_and_missing()
    {
        Assert.Equal("61 % of the claim's weight is in decision 24's text; found: cybersecurity; missing: ingezet", First(24).Reason);
    }

    [Fact]
    public void A_citation_of_a_number_no_decision_has_is_unsupported_with_that_reason()
    {
        var request = Corpus.ReadRequest();
        var decisions = request.Decisions.Where(d => d.SourceIndex != 24).ToList();

        var check = new CitationChecker(decisions).Check(Corpus.Request, request.Citations).Single(c => c.Citation.Number == 24);

        Assert.Equal(CitationSupport.Unsupported, check.Support);
        Assert.Equal("the evaluation cites [24], but the decisions it evaluates have no number 24", check.Reason);
    }

    [Fact]
    public void The_ingest_keeps_one_check_per_citation_on_cites_and_an_unknown_number_on_the_evaluation()
    {
        using var seeds = new SeedsCopy();
        var path = seeds.Document("000");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Ook is er ingezet op cybersecurity [24]", "Ook is er ingezet op cybersecurity [99]"));

        var graph = CorpusIngestor.Ingest(seeds.Folder).Graph;

        var evaluation = graph.Node("evaluation:000")!;
        Assert.Equal([99L], evaluation.Get<List<long>>("unresolvedNumber"));
        Assert.Contains("no number 99", evaluation.Get<List<string>>("unresolvedReason")![0]);
        Assert.Null(graph.Relationships.FirstOrDefault(r => r.Type == RelationshipType.Cites && r.End == "decision:000-24"));
        var twice = graph.Relationships.Single(r => r.Type == RelationshipType.Cites && r.End == "decision:000-43");
        Assert.Equal(2, twice.Get<List<string>>("support")!.Count);
        Assert.Equal(2, twice.Get<List<double>>("overlap")!.Count);
    }
}
