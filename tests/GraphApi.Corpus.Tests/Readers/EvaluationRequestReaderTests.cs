using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Tests.Readers;

public class EvaluationRequestReaderTests
{
    private static readonly SourceDocument Document = SourceDocument.Load(RepoPaths.Document("000"));

    private static EvaluationRequest Read(SourceDocument document, out Diagnostics diagnostics)
    {
        diagnostics = new Diagnostics();
        return EvaluationRequestReader.Read(document, diagnostics);
    }

    [Fact]
    public void Reads_the_clause_number_and_its_heading_apart_from_its_text()
    {
        var request = Read(Document, out _);

        Assert.Equal("3.2.3", request.Clause.Number);
        Assert.Equal("ICT en Informatie Programma Vlaanderen Radicaal Digitaal II", request.Clause.Title);
        Assert.StartsWith("Deze Vlaamse regering zet verder radicaal in op digitalisering.", request.Clause.Body.Quote);
        Assert.EndsWith("Alle briefwisseling tussen de Vlaamse overheid en lokale besturen gebeurt voortaan digitaal.", request.Clause.Body.Quote);
    }

    [Fact]
    public void Reads_all_59_decisions_keeping_their_number_as_source_index()
    {
        var request = Read(Document, out var diagnostics);

        Assert.Equal(Enumerable.Range(0, 59), request.Decisions.Select(d => d.SourceIndex));
        Assert.Empty(diagnostics.All);
        Assert.Equal("Programma Vlaanderen Radicaal Digitaal 2: uitvoeringsjaar 2022", request.Decisions[1].Title.Quote);
        Assert.StartsWith("Voor de invulling van het programma", request.Decisions[1].Body!.Quote);
    }

    [Fact]
    public void Keeps_a_decision_with_a_title_only_without_body()
    {
        var request = Read(Document, out _);

        Assert.Equal("Oprichting van taskforce Vlaanderen Helemaal Digitaal", request.Decisions[27].Title.Quote);
        Assert.Null(request.Decisions[27].Body);
    }

    [Fact]
    public void Reads_the_evaluation_title_and_every_citation_with_the_sentence_that_makes_it()
    {
        var request = Read(Document, out _);

        Assert.Equal("Evaluatie van de Uitvoering van het Vlaams Regeerakkoord op ICT en Digitalisering", request.EvaluationTitle!.Quote);
        Assert.Equal(38, request.Citations.Count);
        var cybersecurity = Assert.Single(request.Citations, c => c.Number == 24);
        Assert.Contains("Ook is er ingezet op cybersecurity [24]", cybersecurity.Sentence.Quote);
    }

    [Fact]
    public void Every_quote_is_the_text_at_its_offset()
    {
        var request = Read(Document, out _);
        var evidence = new[] { request.Clause.Heading, request.Clause.Body, request.EvaluationTitle!, request.EvaluationText! }
            .Concat(request.Decisions.SelectMany(d => new[] { d.Title, d.Body }).OfType<GraphApi.Graph.Evidence>())
            .Concat(request.Citations.SelectMany(c => new[] { c.Marker, c.Sentence }));

        Assert.All(evidence, e => Assert.Equal(e.Quote, Document.Text.Substring(e.Offset, e.Quote.Length)));
    }

    [Fact]
    public void A_file_cut_before_the_evaluation_keeps_its_decisions_and_warns_where_it_ends()
    {
        var cut = Document.Text[..Document.Text.IndexOf("RESPONSE:", StringComparison.Ordinal)];
        var request = Read(SourceDocument.FromText("000_cut.txt", cut), out var diagnostics);

        Assert.Equal(59, request.Decisions.Count);
        Assert.Empty(request.Citations);
        var warning = Assert.Single(diagnostics.All);
        Assert.Equal("000_cut.txt", warning.File);
        Assert.Contains("expected a 'RESPONSE:' line", warning.Message);
    }

    [Fact]
    public void A_file_without_the_clause_is_an_error_naming_what_was_expected()
    {
        var error = Assert.Throws<CorpusFormatException>(() =>
            Read(SourceDocument.FromText("000_other.txt", "PROMPT:\nsomething else\n"), out _));

        Assert.Equal("000_other.txt", error.File);
        Assert.Contains("Regeerakkoord: <number>", error.Expected);
    }

    [Fact]
    public void A_gap_in_the_decision_numbers_is_reported_with_its_line()
    {
        var text = "Regeerakkoord: 1.1 Titel Deze regering doet iets.\nBeslissingen: 0 - Een   Tekst een.\n2 - Twee   Tekst twee.\n";
        var request = Read(SourceDocument.FromText("000_gap.txt", text), out var diagnostics);

        Assert.Equal([0, 2], request.Decisions.Select(d => d.SourceIndex));
        Assert.Contains(diagnostics.All, d => d.Line == 3 && d.Message == "expected decision 1 but found decision 2");
    }

    [Fact]
    public void A_citation_of_a_decision_that_does_not_exist_is_reported()
    {
        var text = "Regeerakkoord: 1.1 Titel Deze regering doet iets.\nBeslissingen: 0 - Een   Tekst een.\n\nRESPONSE:\n# Titel\n\nDat werd gedaan [0][7].\n";
        var request = Read(SourceDocument.FromText("000_bad.txt", text), out var diagnostics);

        Assert.Equal([0, 7], request.Citations.Select(c => c.Number));
        Assert.Contains(diagnostics.All, d => d.Message == "the evaluation cites [7], but there is no decision 7");
    }
}
