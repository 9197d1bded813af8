using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Turns the amounts a text states into Budget nodes: the text's node FUNDS each (a decision) or
/// MENTIONS it (an answer); a programme the sentence puts it "in het kader van" FUNDS it too; it
/// ALLOCATES to the recipient its clause names, else to the programmes and building blocks its clause
/// is for. A total and the parts that add up to it exactly are linked by PART_OF, so that roll-ups
/// count each euro once. An amount that cannot be read is reported with its quote, never guessed.
/// </summary>
public sealed partial class BudgetGraph(TermMatcher matcher, TermList terms, Diagnostics diagnostics)
{
    private readonly MoneyExtractor _money = new(matcher);

    /// <summary>The budgets of a decision; "dit project" in a decision about one project allocates to that project.</summary>
    public void AddForDecision(GraphBuilder graph, string decisionId, SourceDocument document, Evidence text, string owner, string? onlyProject)
    {
        var added = Add(graph, decisionId, RelationshipType.Funds, document, text, owner);
        foreach (var (budgetId, mention, _) in added.Where(a => !a.Allocated))
        {
            var project = ThisProject().Match(document.Text, mention.SentenceOffset, mention.SentenceLength);
            if (onlyProject is not null && project.Success)
                graph.AddRelationship(RelationshipType.Allocates, budgetId, onlyProject, document.Evidence(project));
        }
    }

    /// <summary>The budgets of an answer; an amount whose clause names no platform goes to the last one its paragraph named before it.</summary>
    public void AddForAnswer(GraphBuilder graph, string questionId, SourceDocument document, IReadOnlyList<Evidence> paragraphs, string owner)
    {
        var ordinal = 0;
        foreach (var paragraph in paragraphs)
        {
            var added = Add(graph, questionId, RelationshipType.Mentions, document, paragraph, $"{owner}-p{++ordinal}");
            foreach (var (budgetId, mention, _) in added.Where(a => !a.Allocated))
            {
                var platform = matcher.Find(document.Text, paragraph.Offset, mention.Offset - paragraph.Offset)
                    .LastOrDefault(m => m.Term.Label == NodeLabel.BuildingBlock);
                if (platform is null) continue;
                graph.AddRelationship(RelationshipType.Allocates, budgetId, TermNodes.Ensure(graph, platform.Term, document.Evidence(platform.Offset, platform.Length)),
                    document.Evidence(platform.Offset, platform.Length));
            }
        }
    }

    private List<(string BudgetId, MoneyMention Mention, bool Allocated)> Add(GraphBuilder graph, string ownerId, string ownerRelationship, SourceDocument document, Evidence text, string owner)
    {
        var added = new List<(string BudgetId, MoneyMention Mention, bool Allocated)>();
        var mentions = _money.Find(document.Text, text.Offset, text.Quote.Length);
        foreach (var mention in mentions)
        {
            var quote = document.Evidence(mention.Offset, mention.Length);
            if (!mention.Amount.IsReadable)
            {
                diagnostics.Warn(document, mention.Offset, $"amount '{mention.Amount.Quote}' cannot be read ({mention.Amount.Problem}); it is left out");
                continue;
            }
            var id = Ids.Budget(document.Number, owner, added.Count + 1);
            var sentence = document.Evidence(mention.SentenceOffset, mention.SentenceLength);
            graph.AddNode(id, NodeLabel.Budget, new Dictionary<string, object?>
            {
                ["amount"] = mention.Amount.Euros,
                ["currency"] = "EUR",
                ["years"] = mention.Years.Select(y => (long)y).ToList(),
                ["annual"] = mention.IsAnnual,
                ["cap"] = mention.IsCap,
                ["perUnit"] = mention.PerUnit,
                ["total"] = mention.IsTotal,
                ["sentence"] = sentence.Quote,
            }, quote);
            graph.AddRelationship(ownerRelationship, ownerId, id, sentence);
            added.Add((id, mention, Allocate(graph, id, document, mention)));
        }
        foreach (var sentence in added.GroupBy(a => a.Mention.SentenceOffset))
        {
            if (BudgetParts.Of(sentence.Select(a => a.Mention).ToList()) is not { } split) continue;
            var totalId = sentence.First(a => a.Mention == split.Total).BudgetId;
            foreach (var part in split.Parts)
                graph.AddRelationship(RelationshipType.PartOf, sentence.First(a => a.Mention == part).BudgetId, totalId, document.Evidence(part.Offset, part.Length));
        }
        return added;
    }

    /// <summary>Whether the amount's own clause said where it goes.</summary>
    private bool Allocate(GraphBuilder graph, string budgetId, SourceDocument document, MoneyMention mention)
    {
        if (mention.Recipient is { } recipient)
        {
            var evidence = document.Evidence(recipient.Offset, recipient.Length);
            graph.AddRelationship(RelationshipType.Allocates, budgetId, TermNodes.Ensure(graph, recipient.Term, evidence), evidence);
            return true;
        }
        if (mention.RecipientText is not null && RecipientProject(document, mention) is { } project)
        {
            graph.AddRelationship(RelationshipType.Allocates, budgetId, TermNodes.Ensure(graph, project.Term, project.Evidence), project.Evidence);
            return true;
        }
        if (mention.RecipientText is not null)
            diagnostics.Warn(document, mention.Offset, $"amount '{mention.Amount.Quote}' goes to '{mention.RecipientText}', which is not in the vocabulary; no ALLOCATES is made");
        var allocated = false;
        foreach (var subject in mention.Subjects)
        {
            var evidence = document.Evidence(subject.Offset, subject.Length);
            var subjectId = TermNodes.Ensure(graph, subject.Term, evidence);
            var framing = InTheFrameworkOf().Match(document.Text, mention.SentenceOffset, subject.Offset - mention.SentenceOffset);
            if (framing.Success && subject.Term.Label == NodeLabel.Programme)
                graph.AddRelationship(RelationshipType.Funds, subjectId, budgetId, document.Evidence(framing.Index, subject.Offset + subject.Length - framing.Index));
            else
            {
                graph.AddRelationship(RelationshipType.Allocates, budgetId, subjectId, evidence);
                allocated = true;
            }
        }
        return allocated;
    }

    /// <summary>"toe aan project 63": a recipient named by its project code, which the vocabulary knows by code.</summary>
    private (Term Term, Evidence Evidence)? RecipientProject(SourceDocument document, MoneyMention mention)
    {
        var at = document.Text.IndexOf(mention.RecipientText!, mention.SentenceOffset, mention.SentenceLength, StringComparison.Ordinal);
        var codes = at < 0 ? [] : ProjectCodeExtractor.Find(document.Text, at, mention.RecipientText!.Length);
        var project = codes.Count == 1 ? terms.ByCode(codes[0].Code) : null;
        return project is null ? null : (project, document.Evidence(codes[0].Offset, codes[0].Length));
    }

    // "In het kader van het Vlaanderen Radicaal Digitaal 2 programma is daartoe ... 350K euro": the
    // programme is where the money comes from, not where it goes.
    [GeneratedRegex(@"in het kader van (?:het |de )?$", RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex InTheFrameworkOf();

    [GeneratedRegex(@"\b(?:dit|het|deze)\s+(?:relance)?project\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThisProject();
}
