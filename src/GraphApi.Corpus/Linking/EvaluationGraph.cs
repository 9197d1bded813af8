using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Adds the evaluation of a clause and what it cites: each <c>[n]</c> is a CITES relationship to
/// decision n and makes decision n fulfil the clause with basis <c>cited</c>, the citing sentence
/// being the evidence. Confidence 1 says the evaluation states it, not that the claim holds: the
/// claim is checked against the decision's own text by <see cref="CitationChecker"/>, and CITES
/// keeps one entry per <c>[n]</c> in the lists <c>claim</c>, <c>claimOffset</c>, <c>support</c>,
/// <c>overlap</c> and <c>reason</c>, in the order of the text (a decision cited twice has two).
/// A citation of a number no decision has cannot be a relationship; the Evaluation node keeps it
/// in the same shape, as <c>unresolvedNumber</c>, <c>unresolvedClaim</c>, <c>unresolvedClaimOffset</c>
/// and <c>unresolvedReason</c>, so that the check still reports it. The FULFILLS it adds is
/// <c>direct</c> when a check of the decision is SUPPORTED (its own words bear the claim out) and
/// <c>indirect</c> otherwise, and says which way the decision points for the clause's text
/// (<see cref="StanceDetector"/>).
/// </summary>
public static class EvaluationGraph
{
    public static void AddTo(GraphBuilder graph, SourceDocument document, EvaluationRequest request, TermMatcher matcher, TermList vocabulary)
    {
        if (request.EvaluationText is null) return;
        var clauseId = Ids.Clause(request.Clause.Number);
        var id = Ids.Evaluation(document.Number);
        var checks = new CitationChecker(request.Decisions, matcher, vocabulary).Check(document, request.Citations);
        var unresolved = checks.Where(c => !graph.Contains(Ids.Decision(document.Number, c.Citation.Number))).ToList();
        var properties = new Dictionary<string, object?>
        {
            ["title"] = request.EvaluationTitle?.Quote,
            ["text"] = request.EvaluationText.Quote,
        };
        if (unresolved.Count > 0)
        {
            properties["unresolvedNumber"] = unresolved.Select(c => (long)c.Citation.Number).ToList();
            properties["unresolvedClaim"] = unresolved.Select(c => c.Claim.Quote).ToList();
            properties["unresolvedClaimOffset"] = unresolved.Select(c => (long)c.Claim.Offset).ToList();
            properties["unresolvedReason"] = unresolved.Select(c => c.Reason).ToList();
        }
        graph.AddNode(id, NodeLabel.Evaluation, properties, request.EvaluationText);
        graph.AddRelationship(RelationshipType.Evaluates, id, clauseId, request.EvaluationTitle ?? request.EvaluationText);
        // The checker has already refused decisions sharing a number; a scan per cited decision was quadratic (59,000 at scale 1000).
        var decisions = request.Decisions.ToDictionary(d => d.SourceIndex);
        var stances = new StanceDetector(matcher, vocabulary);
        foreach (var cited in checks.Except(unresolved).GroupBy(c => c.Citation.Number))
        {
            var decisionId = Ids.Decision(document.Number, cited.Key);
            var sentences = cited.Select(c => c.Citation.Sentence).ToArray();
            graph.AddRelationship(RelationshipType.Cites, id, decisionId, new Dictionary<string, object?>
            {
                ["number"] = (long)cited.Key,
                ["claim"] = cited.Select(c => c.Claim.Quote).ToList(),
                ["claimOffset"] = cited.Select(c => (long)c.Claim.Offset).ToList(),
                ["support"] = cited.Select(c => c.Support).ToList(),
                ["overlap"] = cited.Select(c => c.Overlap).ToList(),
                ["reason"] = cited.Select(c => c.Reason).ToList(),
            }, sentences);
            var fulfils = new Dictionary<string, object?>
            {
                ["basis"] = FulfilBasis.Cited,
                ["confidence"] = 1.0,
                ["strength"] = cited.Any(c => c.Support == CitationSupport.Supported) ? FulfilStrength.Direct : FulfilStrength.Indirect,
            };
            Stance.Set(fulfils, stances.Detect(document, decisions[cited.Key], request.Clause.Body.Quote));
            graph.AddRelationship(RelationshipType.Fulfills, decisionId, clauseId, fulfils, sentences);
        }
    }
}
