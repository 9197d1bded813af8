using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// The node of a vocabulary term (Agency, Programme, BuildingBlock). Terms become nodes only when a
/// document names them, so every reader that finds a mention makes sure the node is there.
/// </summary>
public static class TermNodes
{
    /// <summary>Adds the term's node, or adds the evidence to it when it is already there; returns its id.</summary>
    public static string Ensure(GraphBuilder graph, Term term, Evidence evidence)
    {
        var properties = new Dictionary<string, object?> { ["name"] = term.Name };
        if (term.Type is not null) properties["type"] = term.Type;
        if (term.Code is not null) properties["code"] = term.Code;
        graph.AddNode(term.Id, term.Label, properties, evidence);
        return term.Id;
    }
}
