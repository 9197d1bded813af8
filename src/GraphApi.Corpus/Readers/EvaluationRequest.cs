using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Document 000: the clause, the decisions taken after it, and the evaluation of how well it was
/// kept (after <c>RESPONSE:</c>), which cites decisions by their number.
/// </summary>
public sealed record EvaluationRequest(
    ClauseText Clause,
    IReadOnlyList<DecisionText> Decisions,
    Evidence? EvaluationTitle,
    Evidence? EvaluationText,
    IReadOnlyList<Citation> Citations);
