using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Adds what a policy note says to the graph: objectives (OD PART_OF SD), indicators with the
/// objectives they MEASURE, initiatives with the organisations they INVOLVE, the agencies RESPONSIBLE_FOR
/// indicators and objectives, and the vocabulary terms objectives MENTION. Objective numbers repeat
/// across policy fields, so ids carry the field: <c>objective:digitalisering/od1.1</c>.
/// </summary>
public static class PolicyNoteGraph
{
    public static string ObjectiveId(string field, string number) => $"objective:{field}/{number.ToLowerInvariant()}";

    public static string IndicatorId(PolicyIndicator indicator) => $"indicator:{indicator.Field}/{Slug.From(indicator.Name)}";

    public static void AddTo(GraphBuilder graph, PolicyNote note, TermMatcher terms, SourceDocument document, Diagnostics diagnostics)
    {
        foreach (var objective in note.Objectives) AddObjective(graph, objective);
        foreach (var objective in note.Objectives.Where(o => o.Parent is not null))
            graph.AddRelationship(RelationshipType.PartOf, ObjectiveId(objective.Field, objective.Number), ObjectiveId(objective.Field, objective.Parent!), objective.Heading);
        foreach (var objective in note.Objectives) LinkTerms(graph, objective, terms, document);
        foreach (var indicator in note.Indicators) AddIndicator(graph, indicator, terms, document, diagnostics);
        var ids = InitiativeIds.For(note.Initiatives);
        for (var i = 0; i < note.Initiatives.Count; i++) AddInitiative(graph, ids[i], note.Initiatives[i], terms, document, diagnostics);
    }

    private static void AddObjective(GraphBuilder graph, PolicyObjective objective) =>
        graph.AddNode(ObjectiveId(objective.Field, objective.Number), NodeLabel.Objective, new Dictionary<string, object?>
        {
            ["kind"] = objective.Kind == ObjectiveKind.Strategic ? "strategic" : "operational",
            ["number"] = objective.Number,
            ["policyField"] = objective.Field,
            ["section"] = objective.Section,
            ["title"] = objective.Title,
            ["text"] = objective.Text,
        }, objective.Heading);

    private static void LinkTerms(GraphBuilder graph, PolicyObjective objective, TermMatcher terms, SourceDocument document)
    {
        var id = ObjectiveId(objective.Field, objective.Number);
        var title = objective.TitleSource;
        foreach (var mention in Find(terms, document, title).Concat(Find(terms, document, objective.Body)))
        {
            var (term, evidence) = Ensure(graph, mention, document);
            graph.AddRelationship(RelationshipType.Mentions, id, term, evidence);
            var inTitle = mention.Offset < title.Offset + title.Quote.Length;
            if (inTitle && mention.Term.Label == NodeLabel.Agency && HeadingSubject.IsSubject(title.Quote, mention.Offset - title.Offset))
                graph.AddRelationship(RelationshipType.ResponsibleFor, term, id, evidence);
        }
    }

    private static void AddIndicator(GraphBuilder graph, PolicyIndicator indicator, TermMatcher terms, SourceDocument document, Diagnostics diagnostics)
    {
        var id = IndicatorId(indicator);
        graph.AddNode(id, NodeLabel.Indicator, new Dictionary<string, object?>
        {
            ["name"] = indicator.Name,
            ["definition"] = indicator.Definition,
            ["lastKnownValue"] = indicator.LastKnownValue,
            ["targetValue"] = indicator.TargetValue,
            ["relevance"] = indicator.Relevance,
            ["budgetRelevance"] = indicator.BudgetRelevance,
            ["policyField"] = indicator.Field,
            ["section"] = indicator.Section,
            ["agreementQuotes"] = indicator.AgreementQuotes.Select(q => q.Text).ToList(),
        }, indicator.NameSource);

        foreach (var reference in indicator.References)
        {
            var objective = ObjectiveId(indicator.Field, reference.Number);
            if (graph.Contains(objective)) graph.AddRelationship(RelationshipType.Measures, id, objective, reference.Source);
            else diagnostics.Warn(document, reference.Source.Offset, $"indicator '{indicator.Name}' refers to {reference.Number}, which {indicator.Field} does not define");
        }

        // The sub-section heading names the agency whose indicators follow ("3.1.2. Athumi"); where the
        // indicators have no such heading, the indicator's own name does ("... Het Facilitair Bedrijf - Gebouwen").
        var agencies = Agencies(terms, document, indicator.SectionHeading);
        if (agencies.Count == 0) agencies = Agencies(terms, document, indicator.NameSource);
        foreach (var mention in agencies)
        {
            var (agency, evidence) = Ensure(graph, mention, document);
            graph.AddRelationship(RelationshipType.ResponsibleFor, agency, id, evidence);
        }
    }

    private static void AddInitiative(GraphBuilder graph, string id, PolicyInitiative initiative, TermMatcher terms, SourceDocument document, Diagnostics diagnostics)
    {
        graph.AddNode(id, NodeLabel.Initiative, new Dictionary<string, object?>
        {
            ["kind"] = initiative.Kind,
            ["title"] = initiative.Title,
            ["text"] = initiative.Text,
            ["planning"] = initiative.Planning.Select(p => p.ToString()).ToList(),
            ["policyField"] = initiative.Field,
            ["entities"] = initiative.EntitiesLine,
        }, initiative.Heading);

        foreach (var entity in initiative.Entities)
        {
            var agencies = Agencies(terms, document, entity.Source);
            if (agencies.Count == 0) diagnostics.Warn(document, entity.Source.Offset, $"unknown organisation '{entity.Name}'");
            foreach (var mention in agencies)
            {
                var (agency, evidence) = Ensure(graph, mention, document);
                graph.AddRelationship(RelationshipType.Involves, id, agency, evidence);
            }
        }
    }

    /// <summary>The mentioned term's node, added if needed, and the mention as evidence for it and its relationship.</summary>
    private static (string Term, Evidence Evidence) Ensure(GraphBuilder graph, TermMention mention, SourceDocument document)
    {
        var evidence = document.Evidence(mention.Offset, mention.Length);
        return (TermNodes.Ensure(graph, mention.Term, evidence), evidence);
    }

    private static IReadOnlyList<TermMention> Agencies(TermMatcher terms, SourceDocument document, Evidence? span) =>
        Find(terms, document, span).Where(m => m.Term.Label == NodeLabel.Agency).ToList();

    private static IReadOnlyList<TermMention> Find(TermMatcher terms, SourceDocument document, Evidence? span) =>
        span is null ? [] : terms.Find(document.Text, span.Offset, span.Quote.Length);
}
