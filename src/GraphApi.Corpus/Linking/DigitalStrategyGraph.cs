using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Puts the digital strategy into the graph: its axes, its speerpunten and actiepunten as objectives,
/// its principles, and what each of them names from the vocabulary.
/// </summary>
public static class DigitalStrategyGraph
{
    public static void AddTo(GraphBuilder graph, DigitalStrategy strategy, TextMentions mentions, SourceDocument document)
    {
        foreach (var axis in strategy.Axes)
            graph.AddNode($"axis:{Slug.From(axis.Name)}", NodeLabel.Axis, new Dictionary<string, object?> { ["name"] = axis.Name }, axis.Evidence);

        foreach (var speerpunt in strategy.Speerpunten)
        {
            var id = SpeerpuntId(speerpunt.Number);
            graph.AddNode(id, NodeLabel.Objective, Objective("speerpunt", $"{speerpunt.Number}", speerpunt), speerpunt.Heading);
            AddMentions(graph, id, speerpunt, mentions, document);
        }

        foreach (var actiepunt in strategy.Actiepunten)
        {
            var id = $"{SpeerpuntId(actiepunt.Speerpunt)}.ap{actiepunt.Ordinal}";
            graph.AddNode(id, NodeLabel.Objective, Objective("actiepunt", $"{actiepunt.Speerpunt}.{actiepunt.Ordinal}", actiepunt), actiepunt.Heading);
            graph.AddRelationship(RelationshipType.PartOf, id, SpeerpuntId(actiepunt.Speerpunt), actiepunt.Heading);
            AddMentions(graph, id, actiepunt, mentions, document);
        }

        foreach (var principle in strategy.Principles)
        {
            var id = $"principle:{principle.Number}";
            graph.AddNode(id, NodeLabel.Principle, new Dictionary<string, object?>
            {
                ["number"] = (long)principle.Number,
                ["title"] = principle.Title,
                ["text"] = principle.Text,
            }, principle.Heading);
            AddMentions(graph, id, principle, mentions, document);
        }
    }

    private static string SpeerpuntId(int number) => $"objective:strategy/sp{number}";

    private static Dictionary<string, object?> Objective(string kind, string number, IStrategyText text) => new()
    {
        ["kind"] = kind,
        ["number"] = number,
        ["title"] = text.Title,
        ["text"] = text.Text,
    };

    /// <summary>
    /// Looks for terms in the document itself rather than in the repaired title and text, so that the
    /// evidence of every mention is the exact span the document has.
    /// </summary>
    private static void AddMentions(GraphBuilder graph, string id, IStrategyText text, TextMentions mentions, SourceDocument document)
    {
        foreach (var span in text.Body.Prepend(text.Heading))
            mentions.Link(graph, id, document, span);
    }
}
