using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Tests.Readers;

public class PublishedEvaluationReaderTests
{
    private static readonly SourceDocument Document = SourceDocument.Load(RepoPaths.Document("001"));

    [Fact]
    public void Reads_the_35_references_with_uri_date_and_opening_words()
    {
        var published = PublishedEvaluationReader.Read(Document, new Diagnostics());

        Assert.Equal(Enumerable.Range(0, 35), published.References.Select(r => r.Number));
        var first = published.References[0];
        Assert.Equal("http://themis.vlaanderen.be/id/resource/950bdbd0-4926-11ec-94bb-99a9d1e168fe", first.ThemisUri);
        Assert.Equal(new DateOnly(2020, 11, 27), first.Date);
        Assert.StartsWith("Stuurorgaan Vlaams Informatie- en ICT-beleid: invulling Programma", first.Opening);
        Assert.EndsWith("Vlaams Informatie -   en", first.Opening);
    }

    [Fact]
    public void Reads_the_renumbered_citations_of_the_summary()
    {
        var published = PublishedEvaluationReader.Read(Document, new Diagnostics());

        Assert.Equal(38, published.Citations.Count);
        Assert.Equal([0, 0, 1, 2, 3, 4, 5], published.Citations.Take(7).Select(c => c.Number));
    }

    [Fact]
    public void An_invalid_date_is_left_unknown_and_reported()
    {
        var text = Document.Text.Replace("**(2020-11-27)**", "**(2020-13-27)**");
        var diagnostics = new Diagnostics();

        var published = PublishedEvaluationReader.Read(SourceDocument.FromText("001_bad.txt", text), diagnostics);

        Assert.Null(published.References[0].Date);
        var warning = Assert.Single(diagnostics.All);
        Assert.Contains("'2020-13-27', which is not a valid YYYY-MM-DD date", warning.Message);
        Assert.Equal(Document.Text[..Document.Text.IndexOf("2020-11-27", StringComparison.Ordinal)].Count(c => c == '\n') + 1, warning.Line);
    }

    [Fact]
    public void A_file_cut_before_the_references_is_an_error()
    {
        var cut = Document.Text[..Document.Text.IndexOf("<summary> Referenties", StringComparison.Ordinal)];

        var error = Assert.Throws<CorpusFormatException>(() => PublishedEvaluationReader.Read(SourceDocument.FromText("001_cut.txt", cut), new Diagnostics()));

        Assert.Contains("'Referenties' section", error.Expected);
    }
}
