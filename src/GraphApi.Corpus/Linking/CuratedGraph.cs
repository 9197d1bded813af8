using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Applies an editor's verdicts last, so they win over the automatic result: a rejected link is
/// removed whatever found it; an added link replaces an automatic one with basis <c>curated</c>,
/// confidence 1 and strength direct (the editor quotes the decision's own words), its evidence
/// being the quote found in the decision's text. Its stance is the editor's, with the reason and
/// the quote, or else the one <see cref="StanceDetector"/> finds. A quote that is not in the
/// decision's text is an error naming the file and line; the other links still apply.
/// </summary>
public static class CuratedGraph
{
    public static void AddTo(GraphBuilder graph, string fileName, IReadOnlyList<CuratedLink> links, IReadOnlyDictionary<string, SourceDocument> documents, StanceDetector stances, Diagnostics diagnostics)
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
                diagnostics.Error(new CorpusFormatException(fileName, link.Line, $"a quote from the text of {decision.Id}, but '{link.Quote}' is not in the text of {decision.Id}; this link is not loaded"));
                continue;
            }
            graph.RemoveRelationship(RelationshipType.Fulfills, decision.Id, target.Id);
            var properties = new Dictionary<string, object?> { ["basis"] = FulfilBasis.Curated, ["confidence"] = 1.0, ["strength"] = FulfilStrength.Direct };
            if (link.Note is not null) properties["note"] = link.Note;
            if (link.Stance is not null)
            {
                Stance.Set(properties, new StanceFinding(link.Stance, StanceDetector.Curated, evidence));
                properties["stanceReason"] = link.Reason;
            }
            else if (documents.TryGetValue(decision.Sources[0].Document, out var document))
                Stance.Set(properties, stances.Detect(document, new DecisionText(0, decision.Sources[0], decision.Sources.ElementAtOrDefault(1)), target.Get<string>("text") ?? ""));
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
