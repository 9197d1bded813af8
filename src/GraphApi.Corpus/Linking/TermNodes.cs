using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Vocabulary terms become nodes the first time a document names them. They keep their aliases, so
/// that a user can find an agency or programme by any name the documents use for it.
/// </summary>
public static class TermNodes
{
    public static string Ensure(GraphBuilder graph, Term term, Evidence evidence)
    {
        var properties = new Dictionary<string, object?> { ["name"] = term.Name, ["aliases"] = term.Aliases.ToList() };
        if (term.Type is not null) properties["type"] = term.Type;
        if (term.Kind is not null) properties["kind"] = term.Kind;
        if (term.Code is not null) properties["code"] = term.Code;
        graph.AddNode(term.Id, term.Label, properties, evidence);
        return term.Id;
    }
}
