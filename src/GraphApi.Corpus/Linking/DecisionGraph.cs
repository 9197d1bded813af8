using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Adds the decisions of 000: their kind (the step they take), the government that takes them, the
/// organisations they involve, the programmes, projects and building blocks they name.
/// </summary>
public static class DecisionGraph
{
    public static void AddTo(GraphBuilder graph, SourceDocument document, IReadOnlyList<DecisionText> decisions,
        TextMentions mentions, TermList terms, Diagnostics diagnostics)
    {
        var budgets = new BudgetGraph(mentions.Matcher, terms, diagnostics);
        foreach (var decision in decisions)
        {
            var id = Ids.Decision(document.Number, decision.SourceIndex);
            var (kind, words) = DecisionKindClassifier.Classify(decision.Title.Quote, decision.Body?.Quote);
            var whole = decision.Body is null ? decision.Title : document.Evidence(decision.Title.Offset, decision.Body.Offset + decision.Body.Quote.Length - decision.Title.Offset);
            var codes = ProjectCodeExtractor.Find(document.Text, whole.Offset, whole.Quote.Length);
            graph.AddNode(id, NodeLabel.Decision, new Dictionary<string, object?>
            {
                ["sourceIndex"] = (long)decision.SourceIndex,
                ["title"] = decision.Title.Quote,
                ["text"] = decision.Body?.Quote,
                ["kind"] = DecisionKindClassifier.Name(kind),
                ["kindQuote"] = words?.Value,
                ["date"] = null,
                ["themisUri"] = null,
                ["projectCodes"] = codes.Select(c => c.Code).Distinct().Order(StringComparer.Ordinal).ToList(),
            }, decision.Body is null ? [decision.Title] : [decision.Title, decision.Body]);
            var named = mentions.Link(graph, id, document, whole, RelationshipType.Involves, RelationshipType.DecidedBy);
            LinkProjects(graph, id, document, codes, named, terms, diagnostics);
            var projects = codes.Select(c => terms.ByCode(c.Code)?.Id ?? "programme:" + Slug.From(c.Code)).Distinct().ToList();
            budgets.AddForDecision(graph, id, document, whole, $"{decision.SourceIndex:00}", projects.Count == 1 ? projects[0] : null);
        }
    }

    private static void LinkProjects(GraphBuilder graph, string decisionId, SourceDocument document,
        IReadOnlyList<ProjectCodeExtractor.ProjectCode> codes, IReadOnlyList<TermMention> named, TermList terms, Diagnostics diagnostics)
    {
        foreach (var code in codes)
        {
            var evidence = document.Evidence(code.Offset, code.Length);
            var project = terms.ByCode(code.Code);
            if (project is null)
            {
                diagnostics.Warn(document, code.Offset, $"project code {code.Code} ('{evidence.Quote}') is not in seeds/vocabulary/programmes.yaml; it is kept under its code only");
                project = new Term("programme:" + Slug.From(code.Code), NodeLabel.Programme, code.Code, [], "project", code.Code);
            }
            TermNodes.Ensure(graph, project, evidence);
            graph.AddRelationship(RelationshipType.Mentions, decisionId, project.Id, evidence);
            var parent = project.Parent is null ? null : terms.ByName(project.Parent);
            var parentMention = named.FirstOrDefault(m => m.Term.Id == parent?.Id);
            if (parentMention is not null)
                graph.AddRelationship(RelationshipType.PartOf, project.Id, parent!.Id, evidence);
        }
    }
}
