using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>One numbered question of a written parliamentary question and the minister's answer to it.</summary>
/// <param name="Answer">Null when the answers stop before this one.</param>
/// <param name="AnswerParagraphs">The answer's paragraphs: bullets carry their own subject, e.g. a platform and its budget.</param>
public sealed record QuestionAndAnswer(int Number, Evidence Question, Evidence? Answer, IReadOnlyList<Evidence> AnswerParagraphs);
