using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Applies an editor's verdicts last, so they win over the automatic result: a rejected link is
/// removed whatever found it; an added link replaces an automatic one with basis <c>curated</c>
/// and confidence 1, its evidence being the quote found in the decision's text.
/// </summary>
public static class CuratedGraph
{
    public static void AddTo(GraphBuilder graph, string fileName, IReadOnlyList<CuratedLink> links, IReadOnlyDictionary<string, SourceDocument> documents, Diagnostics diagnostics)
    {
        foreach (var link in links)
        {
            var decision = graph.Node(link.Decision);
            var target = graph.Node(link.Target);
            if (decision?.Label != NodeLabel.Decision)
            {
                diagnostics.Warn(fileName, link.Line, $"decision '{link.Decision}' is not a decision in the graph");
                continue;
            }
            if (target?.Label is not (NodeLabel.Promise or NodeLabel.Clause))
            {
                diagnostics.Warn(fileName, link.Line, $"'{link.Target}' is not a promise or clause in the graph");
                continue;
            }
            if (!link.Add)
            {
                if (!graph.RemoveRelationship(RelationshipType.Fulfills, decision.Id, target.Id))
                    diagnostics.Warn(fileName, link.Line, $"rejects {decision.Id} -> {target.Id}, which nothing found");
                continue;
            }
            var evidence = FindQuote(decision, link.Quote!, documents);
            if (evidence is null)
            {
                diagnostics.Warn(fileName, link.Line, $"quote '{link.Quote}' is not in the text of {decision.Id}");
                continue;
            }
            graph.RemoveRelationship(RelationshipType.Fulfills, decision.Id, target.Id);
            var properties = new Dictionary<string, object?> { ["basis"] = FulfilBasis.Curated, ["confidence"] = 1.0 };
            if (link.Note is not null) properties["note"] = link.Note;
            graph.AddRelationship(RelationshipType.Fulfills, decision.Id, target.Id, properties, evidence);
        }
    }

    private static Evidence? FindQuote(Node decision, string quote, IReadOnlyDictionary<string, SourceDocument> documents)
    {
        foreach (var source in decision.Sources)
        {
            if (!documents.TryGetValue(source.Document, out var document)) continue;
            var at = source.Quote.IndexOf(quote, StringComparison.Ordinal);
            if (at >= 0) return document.Evidence(source.Offset + at, quote.Length);
        }
        return null;
    }
}
