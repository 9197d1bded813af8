using GraphApi.Corpus.Documents;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>A node per source document, so that every piece of evidence points at a node.</summary>
public static class DocumentNodes
{
    public static void AddTo(GraphBuilder graph, SourceDocument document, string kind)
    {
        var firstLine = Enumerable.Range(1, document.LineCount).First(l => document.Line(l).Trim().Length > 0 || l == document.LineCount);
        var title = document.TrimmedEvidence(document.LineStart(firstLine), document.Line(firstLine).Length);
        graph.AddNode(document.Id, NodeLabel.Document, new Dictionary<string, object?>
        {
            ["fileName"] = document.FileName,
            ["kind"] = kind,
            ["title"] = title.Quote,
            ["length"] = (long)document.Text.Length,
        }, title);
    }
}
