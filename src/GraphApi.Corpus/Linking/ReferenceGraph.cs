using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>Gives each decision the date and Themis URI of the published reference matched to it.</summary>
public static class ReferenceGraph
{
    public static void AddTo(GraphBuilder graph, string decisionsDocument, IReadOnlyDictionary<Reference, DecisionText> aligned)
    {
        foreach (var (reference, decision) in aligned)
        {
            var id = Ids.Decision(decisionsDocument, decision.SourceIndex);
            graph.SetProperty(id, "date", reference.Date?.ToString("yyyy-MM-dd"));
            graph.SetProperty(id, "themisUri", reference.ThemisUri);
            graph.SetProperty(id, "publishedReference", (long)reference.Number);
            graph.AddSource(id, reference.Entry);
        }
    }
}
