using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Adds the questions of a parliamentary question with their answers, what the answers name, and
/// who holds which platform where a sentence says so ("het Kaleidos-platform, in beheer bij het
/// departement Kanselarij en Buitenlandse Zaken").
/// </summary>
public static partial class QuestionGraph
{
    public static void AddTo(GraphBuilder graph, SourceDocument document, ParliamentaryQuestion question, TextMentions mentions, TermList terms, Diagnostics diagnostics)
    {
        var budgets = new BudgetGraph(mentions.Matcher, terms, diagnostics);
        foreach (var item in question.Items)
        {
            var id = Ids.Question(document.Number, item.Number);
            graph.AddNode(id, NodeLabel.Question, new Dictionary<string, object?>
            {
                ["number"] = (long)item.Number,
                ["title"] = question.Title.Quote,
                ["question"] = item.Question.Quote,
                ["answer"] = item.Answer?.Quote,
            }, item.Answer is null ? [item.Question] : [item.Question, item.Answer]);
            if (item.Answer is null) continue;
            mentions.Link(graph, id, document, item.Answer);
            LinkHolders(graph, document, item.Answer, mentions.Matcher);
            budgets.AddForAnswer(graph, id, document, item.AnswerParagraphs, $"q{item.Number}");
        }
    }

    private static void LinkHolders(GraphBuilder graph, SourceDocument document, Evidence answer, TermMatcher matcher)
    {
        foreach (var (start, length) in SentenceSplitter.Split(document.Text, answer.Offset, answer.Quote.Length))
        {
            var holding = Holding().Match(document.Text, start, length);
            if (!holding.Success) continue;
            var named = matcher.Find(document.Text, start, length);
            var agencies = named.Where(m => m.Term.Label == NodeLabel.Agency).Select(m => m.Term.Id).Distinct().ToList();
            var platforms = named.Where(m => m.Term.Label == NodeLabel.BuildingBlock).Select(m => m.Term.Id).Distinct().ToList();
            // Only one of each: with two organisations or two platforms the sentence does not say who holds what.
            if (agencies.Count == 1 && platforms.Count == 1)
                graph.AddRelationship(RelationshipType.ResponsibleFor, agencies[0], platforms[0], document.Evidence(start, length));
        }
    }

    [GeneratedRegex(@"\bin beheer bij\b|\bbeheerd door\b|\baangeboden\b|\bin productie genomen\b", RegexOptions.IgnoreCase)]
    private static partial Regex Holding();
}
