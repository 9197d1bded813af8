using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>Adds the promise links found by text similarity as FULFILLS with basis <c>textual</c>.</summary>
public static class PromiseGraph
{
    public static void AddTo(GraphBuilder graph, string decisionsDocument, string clauseNumber, IEnumerable<PromiseLink> links)
    {
        foreach (var link in links.Where(l => l.Confidence >= PromiseMatcher.Threshold))
            graph.AddRelationship(RelationshipType.Fulfills, Ids.Decision(decisionsDocument, link.Decision), Ids.Promise(clauseNumber, link.Promise),
                new Dictionary<string, object?>
                {
                    ["basis"] = FulfilBasis.Textual,
                    ["confidence"] = link.Confidence,
                    ["similarity"] = link.Similarity,
                    ["sharedTerms"] = link.SharedTerms.ToList(),
                }, link.Sentence);
    }
}
