using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>Document 003: a written parliamentary question (schriftelijke vraag), its questions and the answers.</summary>
public sealed record ParliamentaryQuestion(Evidence Title, Evidence Introduction, IReadOnlyList<QuestionAndAnswer> Items);
