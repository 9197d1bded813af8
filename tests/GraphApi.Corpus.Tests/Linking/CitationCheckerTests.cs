using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Linking;
using GraphApi.Graph;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;

namespace GraphApi.Corpus.Tests.Linking;

public class CitationCheckerTests
{
    private static readonly TermList Vocabulary = TermList.Load(RepoPaths.Vocabulary);

    private static CitationChecker Checker(IReadOnlyList<DecisionText> decisions) => new(decisions, new TermMatcher(Vocabulary.Terms), Vocabulary);

    private static readonly Lazy<IReadOnlyList<CitationCheck>> Checks = new(() =>
    {
        var request = Corpus.ReadRequest();
        return Checker(request.Decisions).Check(Corpus.Request, request.Citations);
    });

    private static CitationCheck First(int number) => Checks.Value.First(c => c.Citation.Number == number);

    private static CitationCheck Of(int number, string claim) => Checks.Value.Single(c => c.Citation.Number == number && c.Claim.Quote.StartsWith(claim, StringComparison.Ordinal));

    // Every citation of the evaluation in 000, judged by reading the claim and the whole cited decision, with the reason.
    public static TheoryData<int, string, string> Supported => new()
    {
        { 0, "De Vlaamse regering heeft", "decision 0 fills in VRD 2, 'een slimmere overheid'" },
        { 0, "Uit opeenvolgende", "decision 0 is the 'invulling Programma Vlaanderen Radicaal Digitaal 2' for 2021" },
        { 1, "voor VRD2", "decision 1 is VRD 2's 'uitvoeringsjaar 2022'" },
        { 2, "VRD2", "decision 2 is VRD 2's 'uitvoeringsjaar 2023'" },
        { 3, "evenals", "decision 3 is the VRD exploitation budget for 2024" },
        { 5, "evenals", "decision 5 is the VRD exploitation budget for 2023" },
        { 6, "evenals", "decision 6 is the VRD exploitation budget for 2022 ('digitaliseringsoplossingen')" },
        { 11, "Daarnaast", "decision 11 ratifies the decree that strengthens the legal frame of digital service delivery" },
        { 12, "Daarnaast", "decision 12 is that decree's voorontwerp" },
        { 15, "Daarnaast", "decision 15 is that decree's ontwerp" },
        { 18, "Daarnaast", "decision 18 is that decree's voorontwerp, a second time" },
        { 7, "en is het strategisch plan", "decision 7 approves the strategic plan of the Stuurorgaan Vlaams Informatie- en ICT-beleid" },
        { 9, "Bijzondere", "decision 9 is 'Digitalisering integratie en inburgering'" },
        { 20, "Bijzondere", "decision 20 is the digitalisation projects of inburgering" },
        { 30, "Bijzondere", "decision 30 is 'Digitalisering integratie en inburgering'" },
        { 10, "digitalisering in de cultuursector", "decision 10 is on the digital transformation of the cultural sector" },
        { 33, "en de werking", "decision 33 builds the 'digitaal loket Landinrichting'" },
        { 24, "Ook is er ingezet", "decision 24 is the recovery project 'Cybersecurity en uitrol SIEM'" },
        { 25, "en werden middelen", "decision 25 sets the calls for the media sector, with 3 and 11 miljoen euro" },
        { 53, "en werden middelen", "decision 53 sets the rules of the media call 'digitale transformatie' (VV133, Vlaamse media)" },
        { 35, "binnen diverse sectoren", "decision 35 is the digitalisation of 'Zorg en Gezondheid'" },
        { 16, "De oprichting", "decision 16 renames Informatie Vlaanderen 'agentschap Digitaal Vlaanderen'" },
        { 21, "De oprichting", "decision 21 adopts that renaming" },
        { 22, "De oprichting", "decision 22 is that renaming's second voorontwerp" },
        { 23, "De oprichting", "decision 23 moves staff into 'het agentschap Digitaal Vlaanderen'" },
        { 41, "het bundelen", "decision 41 puts all ICT exploitation and development services of the government in one framework contract" },
        { 17, "en investeringen", "decision 17 is the 'Hybride digitale werkplek' investment" },
        { 34, "en investeringen", "decision 34 invests in 'digitale werkplek en basisinfrastructuur'" },
        { 19, "het stimuleren", "decision 19 allocates the money of 'Iedereen Digitaal', on digital inclusion" },
        { 52, "het stimuleren", "decision 52 sets the calls of 'Digibanken', against the digital divide ('e-inclusie')" },
    };

    public static TheoryData<int, string, string, string> NotSupported => new()
    {
        { 40, "en werden middelen", CitationSupport.Weak, "decision 40 takes note of the media project lines and a budget indication: no money is released yet" },
        { 46, "Verdere stimulansen", CitationSupport.Weak, "decision 46 is the MAGDA project; its 'stimulansen' help new users join, it is no financing decision for local governments" },
        { 56, "Verdere stimulansen", CitationSupport.Weak, "decision 56 builds a support offer for local governments, not financing decisions for them" },
        { 43, "en werden middelen", CitationSupport.Unsupported, "decision 43 digitalises the RIZIV care sectors; it says nothing of the media" },
        { 42, "het bundelen", CitationSupport.Unsupported, "decision 42 helps entrepreneurs with data (FIT); it does not bundle the government's ICT services" },
        { 57, "en het bevorderen", CitationSupport.Unsupported, "decision 57 is a call for sheltered workshops (maatwerkbedrijven); it says nothing of a central data exchange" },
    };

    // Where the check and a reader differ: the decision bears the claim out in words the check does not know as the same.
    public static TheoryData<int, string, string, string> Limits => new()
    {
        { 43, "binnen diverse sectoren", CitationSupport.Weak, "decision 43 is health care (revalidatieziekenhuizen, palliatieve verzorging) without the words 'gezondheid' or 'zorg'" },
        { 46, "en het bevorderen", CitationSupport.Unsupported, "decision 46 makes MAGDA the 'datadraaischijf' of the public sector, the central data exchange, without 'centrale' or 'datagebruik'" },
    };

    [Theory]
    [MemberData(nameof(Supported))]
    public void A_citation_judged_supported_reaches_the_supported_overlap(int number, string claim, string reason)
    {
        var check = Of(number, claim);
        Assert.True(check.Support == CitationSupport.Supported, $"{reason}; got {check.Reason}");
    }

    [Theory]
    [MemberData(nameof(NotSupported))]
    public void A_citation_judged_weak_or_unsupported_stays_out_of_supported(int number, string claim, string support, string reason)
    {
        var check = Of(number, claim);
        Assert.True(check.Support == support, $"{reason}; got {check.Support}: {check.Reason}");
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void A_known_limit_of_the_check_keeps_its_verdict_until_it_is_judged_again(int number, string claim, string support, string reason)
    {
        var check = Of(number, claim);
        Assert.True(check.Support == support, $"{reason}; got {check.Support}: {check.Reason}");
    }

    [Fact]
    public void Every_citation_of_the_evaluation_is_judged()
    {
        var judged = Supported.Select(r => ((int)r[0], (string)r[1])).Concat(NotSupported.Concat(Limits).Select(r => ((int)r[0], (string)r[1])))
            .Select(j => Of(j.Item1, j.Item2)).ToList();

        Assert.Equal(Checks.Value.Count, judged.Distinct().Count());
    }

    [Fact]
    public void The_thresholds_sit_between_the_judged_citations()
    {
        var lowestSupported = Supported.Min(r => Of((int)r[0], (string)r[1]).Overlap);
        var notSupported = NotSupported.Select(r => (Check: Of((int)r[0], (string)r[1]), Judged: (string)r[2])).ToList();
        var lowestWeak = notSupported.Where(n => n.Judged == CitationSupport.Weak).Min(n => n.Check.Overlap);
        var highestWeak = notSupported.Where(n => n.Judged == CitationSupport.Weak).Max(n => n.Check.Overlap);
        var highestUnsupported = notSupported.Where(n => n.Judged == CitationSupport.Unsupported).Max(n => n.Check.Overlap);

        Assert.InRange(CitationChecker.SupportedFrom, highestWeak + 0.01, lowestSupported - 0.01);
        Assert.InRange(CitationChecker.WeakFrom, highestUnsupported + 0.01, lowestWeak - 0.01);
    }

    [Fact]
    public void A_list_item_is_checked_without_the_other_items_of_its_list()
    {
        Assert.Equal("100 % of the claim's weight is in decision 1's text; found: uitvoeringsjaren, VRD2, 2022; missing: nothing", First(1).Reason);
    }

    [Fact]
    public void The_evaluation_phrasing_no_decision_uses_is_named_and_left_out_of_the_weight()
    {
        Assert.EndsWith("no decision's words: ondernomen, stappen", First(11).Reason);
    }

    [Fact]
    public void A_programme_named_by_the_decision_project_code_counts_as_named()
    {
        // Decision 53 names "VV133: digitale transformatie en innovatie Vlaaamse media" (sic): the code's project is about the media.
        Assert.Contains("found: media", Of(53, "en werden middelen").Reason);
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

        var check = Checker(decisions).Check(Corpus.Request, request.Citations).Single(c => c.Citation.Number == 24);

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
