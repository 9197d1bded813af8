using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Tests.Readers;

public class ParliamentaryQuestionReaderTests
{
    private static readonly SourceDocument Document = SourceDocument.Load(RepoPaths.Document("003"));

    [Fact]
    public void Reads_six_questions_each_with_its_answer()
    {
        var diagnostics = new Diagnostics();
        var question = ParliamentaryQuestionReader.Read(Document, diagnostics);

        Assert.Equal("Vlaamse overheid - Digitale transformatie", question.Title.Quote);
        Assert.Equal(6, question.Items.Count);
        Assert.StartsWith("Welke lessen trekt de minister", question.Items[0].Question.Quote);
        Assert.StartsWith("Hoeveel middelen zijn voor de digitalisering van de besluitvorming gereserveerd", question.Items[3].Question.Quote);
        Assert.StartsWith(". De volgende middelen zijn gereserveerd", question.Items[3].Answer!.Quote);
        Assert.Contains("1760K euro in 2021 en 640K euro in 2022", question.Items[3].Answer!.Quote);
        Assert.StartsWith("6. Deinvesteringen", question.Items[5].Answer!.Quote);
    }

    [Fact]
    public void Answer_numbers_lost_in_the_scan_are_taken_in_order_and_reported()
    {
        var diagnostics = new Diagnostics();
        ParliamentaryQuestionReader.Read(Document, diagnostics);

        Assert.Equal(3, diagnostics.All.Count(d => d.Message.StartsWith("answer number lost in the scan")));
        Assert.Contains(diagnostics.All, d => d.Message.EndsWith("taken as answer 3"));
    }

    [Fact]
    public void Keeps_the_bullets_of_an_answer_as_paragraphs()
    {
        var question = ParliamentaryQuestionReader.Read(Document, new Diagnostics());

        Assert.Contains(question.Items[3].AnswerParagraphs, p => p.Quote.StartsWith("- Voor de verdere ontwikkeling van het Kaleidos-platform"));
    }

    [Fact]
    public void Every_quote_is_the_text_at_its_offset()
    {
        var question = ParliamentaryQuestionReader.Read(Document, new Diagnostics());
        var evidence = question.Items.SelectMany(i => new[] { i.Question, i.Answer! }.Concat(i.AnswerParagraphs)).Append(question.Title).Append(question.Introduction);

        Assert.All(evidence, e => Assert.Equal(e.Quote, Document.Text.Substring(e.Offset, e.Quote.Length)));
    }

    [Fact]
    public void A_file_cut_before_the_answers_is_an_error_naming_what_was_expected()
    {
        var cut = Document.Text[..Document.Text.IndexOf(" 1. Binnen", StringComparison.Ordinal)];

        var error = Assert.Throws<CorpusFormatException>(() => ParliamentaryQuestionReader.Read(SourceDocument.FromText("003_cut.txt", cut), new Diagnostics()));

        Assert.Equal("003_cut.txt", error.File);
        Assert.Contains("the answers after the questions", error.Expected);
    }
}
