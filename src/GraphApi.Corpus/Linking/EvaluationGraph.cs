using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Adds the evaluation of a clause and what it cites: each <c>[n]</c> is a CITES relationship to
/// decision n and makes decision n fulfil the clause with basis <c>cited</c>, the citing sentence
/// being the evidence. Confidence 1 says the evaluation states it, not that the claim holds: the
/// claim is checked against the decision's own text elsewhere.
/// </summary>
public static class EvaluationGraph
{
    public static void AddTo(GraphBuilder graph, SourceDocument document, EvaluationRequest request)
    {
        if (request.EvaluationText is null) return;
        var clauseId = Ids.Clause(request.Clause.Number);
        var id = Ids.Evaluation(document.Number);
        graph.AddNode(id, NodeLabel.Evaluation, new Dictionary<string, object?>
        {
            ["title"] = request.EvaluationTitle?.Quote,
            ["text"] = request.EvaluationText.Quote,
        }, request.EvaluationText);
        graph.AddRelationship(RelationshipType.Evaluates, id, clauseId, request.EvaluationTitle ?? request.EvaluationText);
        foreach (var citation in request.Citations)
        {
            var decisionId = Ids.Decision(document.Number, citation.Number);
            if (!graph.Contains(decisionId)) continue;
            graph.AddRelationship(RelationshipType.Cites, id, decisionId, new Dictionary<string, object?> { ["number"] = (long)citation.Number }, citation.Sentence);
            graph.AddRelationship(RelationshipType.Fulfills, decisionId, clauseId, new Dictionary<string, object?>
            {
                ["basis"] = FulfilBasis.Cited,
                ["confidence"] = 1.0,
            }, citation.Sentence);
        }
    }
}
