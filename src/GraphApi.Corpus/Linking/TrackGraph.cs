using GraphApi.Corpus.Documents;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>Marks each decision with its track and step, and links each step to the one before (FOLLOWS).</summary>
public static class TrackGraph
{
    public static void AddTo(GraphBuilder graph, SourceDocument document, IReadOnlyList<Track> tracks)
    {
        foreach (var track in tracks)
        {
            for (var i = 0; i < track.Steps.Count; i++)
            {
                var step = track.Steps[i];
                var id = Ids.Decision(document.Number, step.SourceIndex);
                graph.SetProperty(id, "track", track.Id);
                graph.SetProperty(id, "trackName", track.Name);
                graph.SetProperty(id, "trackStep", (long)(i + 1));
                if (i == 0) continue;
                graph.AddRelationship(RelationshipType.Follows, id, Ids.Decision(document.Number, track.Steps[i - 1].SourceIndex),
                    new Dictionary<string, object?> { ["track"] = track.Id }, document.Evidence(step.Offset, step.Length));
            }
        }
    }
}
