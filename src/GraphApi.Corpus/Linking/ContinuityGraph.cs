using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Adds the continuations found by <see cref="ContinuityMatcher"/> as CONTINUES from the promise to
/// the objective or indicator, quoting both: the promise, and the target's sentence most like it.
/// </summary>
public static class ContinuityGraph
{
    public static void AddTo(GraphBuilder graph, string clauseNumber, IEnumerable<Continuation> continuations)
    {
        foreach (var continuation in continuations.Where(c => c.Confidence >= ContinuityMatcher.Threshold))
            graph.AddRelationship(RelationshipType.Continues, Ids.Promise(clauseNumber, continuation.Promise), continuation.Target,
                new Dictionary<string, object?>
                {
                    ["confidence"] = continuation.Confidence,
                    ["similarity"] = continuation.Similarity,
                    ["sharedTerms"] = continuation.SharedTerms.ToList(),
                }, continuation.PromiseText, continuation.TargetSentence);
    }
}
