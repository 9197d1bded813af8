using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Linking;

public class StanceDetectorTests
{
    private static readonly TermList Vocabulary = TermList.Load(RepoPaths.Vocabulary);
    private static readonly StanceDetector Detector = new(new TermMatcher(Vocabulary.Terms), Vocabulary);

    private const string HoldingPromise = "We passen voor onze ICT-functie het holdingmodel toe door een versterkte ICT-regierol bij het Facilitair Bedrijf te leggen, zodat dure IT-projecten maximaal renderen.";

    private static StanceFinding OnRealDecision(int number)
    {
        var decision = Corpus.ReadRequest().Decisions.Single(d => d.SourceIndex == number);
        return Detector.Detect(Corpus.Request, decision, HoldingPromise);
    }

    /// <summary>A hand-made decision: "0 - title   body".</summary>
    private static StanceFinding OnDecision(string title, string body, string promise)
    {
        var document = SourceDocument.FromText("000_x.txt", $"0 - {title}   {body}");
        var decision = new DecisionText(0, document.Evidence(4, title.Length), document.Evidence(4 + title.Length + 3, body.Length));
        return Detector.Detect(document, decision, promise);
    }

    [Theory]
    [InlineData(16, "overgedragen van het Facilitair Bedrijf naar het agentschap Informatie Vlaanderen")]
    [InlineData(21, "overgedragen van het Facilitair Bedrijf naar het agentschap Informatie Vlaanderen")]
    [InlineData(22, "overgedragen van het Facilitair Bedrijf naar het agentschap Informatie Vlaanderen")]
    [InlineData(23, "overdracht van personeelsleden van het agentschap Facilitair Bedrijf naar het agentschap Digitaal Vlaanderen")]
    public void A_reorganisation_that_moves_ict_away_from_the_facilitair_bedrijf_contradicts_the_holding_promise(int decision, string quote)
    {
        var finding = OnRealDecision(decision);

        Assert.Equal(FulfilStance.Contradicts, finding.Stance);
        Assert.Equal(StanceDetector.TransferAway, finding.Rule);
        Assert.Equal(quote, finding.Quote!.Quote);
        Assert.Equal(quote, Corpus.Request.Text.Substring(finding.Quote.Offset, quote.Length));
    }

    [Fact]
    public void The_framework_contracts_that_make_the_facilitair_bedrijf_an_ict_director_support_the_holding_promise()
    {
        // "Bedoeling is het Facilitair Bedrijf naar een ICT-regieorganisatie te doen evolueren": "naar" without a transfer.
        Assert.Equal(StanceFinding.NoContradiction, OnRealDecision(41));
    }

    [Fact]
    public void No_decision_of_the_corpus_contradicts_a_promise_it_does_not_move_an_agency_away_from()
    {
        var request = Corpus.ReadRequest();
        var promises = PromiseSplitter.Split(Corpus.Request, request.Clause).Where(p => p.Ordinal != 3);

        var contradictions = promises.SelectMany(p => request.Decisions.Select(d => (p.Ordinal, d.SourceIndex, Finding: Detector.Detect(Corpus.Request, d, p.Text.Quote))))
            .Where(x => x.Finding.Stance == FulfilStance.Contradicts).ToList();

        Assert.Empty(contradictions);
    }

    [Fact]
    public void A_transfer_towards_the_promised_agency_supports_it()
    {
        var finding = OnDecision("Versterking ICT-regie", "Zo worden taken overgedragen van het agentschap Informatie Vlaanderen naar het Facilitair Bedrijf.", HoldingPromise);

        Assert.Equal(FulfilStance.Supports, finding.Stance);
    }

    [Theory]
    [InlineData("Het programma Vlaanderen Radicaal Digitaal 2 wordt stopgezet.", StanceDetector.Abolishes)]
    [InlineData("De uitrol van Mijn Burgerprofiel wordt uitgesteld tot 2026.", StanceDetector.Postpones)]
    [InlineData("Het budget voor Mijn Burgerprofiel wordt geschrapt.", StanceDetector.Cuts)]
    public void A_sentence_that_abolishes_postpones_or_cuts_what_the_promise_names_contradicts_it(string sentence, string rule)
    {
        const string promise = "We investeren in het programma Vlaanderen Radicaal Digitaal en één uniek digitaal Burgerprofiel (Mijn Burgerprofiel).";

        var finding = OnDecision("Bijsturing digitalisering", "De Vlaamse Regering beslist over de digitalisering. " + sentence, promise);

        Assert.Equal(FulfilStance.Contradicts, finding.Stance);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(sentence, finding.Quote!.Quote);
    }

    [Fact]
    public void A_cut_to_something_the_promise_does_not_name_says_nothing_about_it()
    {
        var finding = OnDecision("Besparingen", "Het budget voor Digibanken wordt geschrapt. Mijn Burgerprofiel wordt verder uitgebouwd.", "We bouwen één uniek digitaal Burgerprofiel (Mijn Burgerprofiel).");

        Assert.Equal(FulfilStance.Supports, finding.Stance);
    }
}
