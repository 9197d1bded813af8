using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;
using GraphApi.Corpus.Documents;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Links a node to every vocabulary term its text names: organisations through
/// <paramref name="agencyRelationship"/> (INVOLVES for decisions) or, for the government, through
/// <paramref name="governmentRelationship"/> when given (DECIDED_BY for decisions: the government that takes
/// a decision is not one more organisation it involves); everything else through MENTIONS.
/// A programme or project named together with its parent programme is linked to it as PART_OF, the
/// text naming both being the evidence.
/// </summary>
public sealed class TextMentions(TermMatcher matcher, TermList terms)
{
    public TermMatcher Matcher => matcher;

    public IReadOnlyList<TermMention> Link(GraphBuilder graph, string nodeId, SourceDocument document, Evidence text,
        string agencyRelationship = RelationshipType.Mentions, string? governmentRelationship = null)
    {
        var mentions = matcher.Find(document.Text, text.Offset, text.Quote.Length);
        foreach (var mention in mentions)
        {
            var evidence = document.Evidence(mention.Offset, mention.Length);
            TermNodes.Ensure(graph, mention.Term, evidence);
            var type = mention.Term.Label != NodeLabel.Agency ? RelationshipType.Mentions
                : mention.Term.Kind == OrganisationKind.Government && governmentRelationship is not null ? governmentRelationship
                : agencyRelationship;
            graph.AddRelationship(type, nodeId, mention.Term.Id, evidence);
        }
        foreach (var child in mentions.Where(m => m.Term.Parent is not null))
        {
            var parent = terms.ByName(child.Term.Parent!);
            if (parent is not null && mentions.Any(m => m.Term.Id == parent.Id))
                graph.AddRelationship(RelationshipType.PartOf, child.Term.Id, parent.Id, document.Evidence(child.Offset, child.Length));
        }
        return mentions;
    }
}
