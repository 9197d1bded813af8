using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>Adds the promise links found by text similarity as FULFILLS with basis <c>textual</c>, their strength and stance.</summary>
public static class PromiseGraph
{
    public static void AddTo(GraphBuilder graph, string decisionsDocument, string clauseNumber, IEnumerable<PromiseLink> links)
    {
        foreach (var link in links.Where(l => l.Confidence >= PromiseMatcher.Threshold))
        {
            var properties = new Dictionary<string, object?>
            {
                ["basis"] = FulfilBasis.Textual,
                ["confidence"] = link.Confidence,
                ["similarity"] = link.Similarity,
                ["sharedTerms"] = link.SharedTerms.ToList(),
                ["strength"] = link.Strength,
            };
            Stance.Set(properties, link.Stance!);
            graph.AddRelationship(RelationshipType.Fulfills, Ids.Decision(decisionsDocument, link.Decision), Ids.Promise(clauseNumber, link.Promise), properties, link.Sentence);
        }
    }
}
