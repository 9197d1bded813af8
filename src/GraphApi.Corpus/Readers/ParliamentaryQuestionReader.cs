using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads document 003: a title line, an introduction, the questions (from "1. " on, one paragraph
/// each), and the numbered answers up to "BIJLAGEN". OCR dropped some answer numbers (". In bijlage"),
/// so an answer paragraph that opens with a bare dot takes the next number, with a warning.
/// </summary>
public static partial class ParliamentaryQuestionReader
{
    public static ParliamentaryQuestion Read(SourceDocument document, Diagnostics diagnostics)
    {
        var paragraphs = Paragraph().Matches(document.Text).Select(m => document.TrimmedEvidence(m.Index, m.Length)).ToList();
        if (paragraphs.Count == 0)
            throw new CorpusFormatException(document.FileName, 1, "a title line followed by the question");
        var title = paragraphs[0];
        var firstQuestion = paragraphs.FindIndex(p => p.Quote.StartsWith("1. ", StringComparison.Ordinal));
        if (firstQuestion < 1)
            throw new CorpusFormatException(document.FileName, document.LineAt(title.Offset) + 1, "the questions, numbered from '1. '");
        var firstAnswer = paragraphs.FindIndex(firstQuestion + 1, p => p.Quote.StartsWith("1. ", StringComparison.Ordinal));
        if (firstAnswer < 0)
            throw new CorpusFormatException(document.FileName, document.LineCount, "the answers after the questions, numbered from '1. '");
        var introduction = Span(document, paragraphs[1], paragraphs[firstQuestion - 1]);
        var questions = paragraphs[firstQuestion..firstAnswer];
        var answers = ReadAnswers(document, paragraphs[firstAnswer..], diagnostics);
        if (answers.Count != questions.Count)
            diagnostics.Warn(document, paragraphs[firstAnswer].Offset, $"{questions.Count} questions but {answers.Count} answers; answers are matched to questions by number");
        var items = questions.Select((q, i) =>
        {
            var answer = i < answers.Count ? answers[i] : null;
            return new QuestionAndAnswer(i + 1, WithoutNumber(document, q), answer is null ? null : Span(document, answer[0], answer[^1]), answer ?? []);
        }).ToList();
        return new ParliamentaryQuestion(title, introduction, items);
    }

    private static List<List<Evidence>> ReadAnswers(SourceDocument document, List<Evidence> paragraphs, Diagnostics diagnostics)
    {
        var answers = new List<List<Evidence>>();
        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Quote.StartsWith("BIJLAGEN", StringComparison.Ordinal)) break;
            var number = AnswerNumber().Match(paragraph.Quote);
            if (number.Success)
            {
                var expected = answers.Count + 1;
                if (number.Groups["n"].Value.Length == 0)
                    diagnostics.Warn(document, paragraph.Offset, $"answer number lost in the scan ('{paragraph.Quote[..Math.Min(20, paragraph.Quote.Length)]}...'); taken as answer {expected}");
                else if (int.Parse(number.Groups["n"].Value) != expected)
                    diagnostics.Warn(document, paragraph.Offset, $"expected answer {expected} but found '{number.Value.Trim()}'");
                answers.Add([]);
            }
            if (answers.Count > 0) answers[^1].Add(paragraph);
        }
        return answers;
    }

    private static Evidence Span(SourceDocument document, Evidence first, Evidence last) =>
        document.Evidence(first.Offset, last.Offset + last.Quote.Length - first.Offset);

    private static Evidence WithoutNumber(SourceDocument document, Evidence question)
    {
        var number = AnswerNumber().Match(question.Quote);
        return number.Success ? document.TrimmedEvidence(question.Offset + number.Length, question.Quote.Length - number.Length) : question;
    }

    // Paragraphs are separated by blank lines; a page break shows as a line starting with a space.
    [GeneratedRegex(@"[^\n]*\S[^\n]*(?:\n(?! )[^\n]*\S[^\n]*)*")]
    private static partial Regex Paragraph();

    [GeneratedRegex(@"^(?<n>\d*)\.\s+(?=\S)")]
    private static partial Regex AnswerNumber();
}
