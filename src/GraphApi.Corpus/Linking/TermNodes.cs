using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>Vocabulary terms become nodes only once a document names them; this adds the node (or its evidence) on first use.</summary>
public static class TermNodes
{
    public static string Ensure(GraphBuilder graph, Term term, Evidence evidence)
    {
        var properties = new Dictionary<string, object?> { ["name"] = term.Name };
        if (term.Type is not null) properties["type"] = term.Type;
        if (term.Code is not null) properties["code"] = term.Code;
        graph.AddNode(term.Id, term.Label, properties, evidence);
        return term.Id;
    }
}
