using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>Adds the agreement, the clause and its promises, each part of the one above.</summary>
public static partial class AgreementGraph
{
    public static void AddTo(GraphBuilder graph, SourceDocument document, ClauseText clause, IReadOnlyList<PromiseText> promises, Diagnostics diagnostics)
    {
        var clauseId = Ids.Clause(clause.Number);
        graph.AddNode(clauseId, NodeLabel.Clause, new Dictionary<string, object?>
        {
            ["number"] = clause.Number,
            ["title"] = clause.Title,
            ["text"] = clause.Body.Quote,
        }, clause.Heading, clause.Body);

        // The clause line says only "Regeerakkoord"; which agreement it is, the decisions say ("Het regeerakkoord 2019-2024").
        var period = Period().Match(document.Text);
        if (period.Success)
        {
            var agreementId = "agreement:regeerakkoord-" + period.Groups["years"].Value;
            graph.AddNode(agreementId, NodeLabel.Agreement, new Dictionary<string, object?>
            {
                ["name"] = "Vlaams Regeerakkoord " + period.Groups["years"].Value,
                ["period"] = period.Groups["years"].Value,
            }, document.Evidence(period));
            graph.AddRelationship(RelationshipType.PartOf, clauseId, agreementId, clause.Heading);
        }
        else
        {
            diagnostics.Warn(document, clause.Heading.Offset, "no 'regeerakkoord YYYY-YYYY' in the document: the clause is not linked to an agreement");
        }

        foreach (var promise in promises)
        {
            var promiseId = Ids.Promise(clause.Number, promise.Ordinal);
            graph.AddNode(promiseId, NodeLabel.Promise, new Dictionary<string, object?>
            {
                ["ordinal"] = (long)promise.Ordinal,
                ["text"] = promise.Text.Quote,
                ["clause"] = clause.Number,
            }, promise.Text);
            graph.AddRelationship(RelationshipType.PartOf, promiseId, clauseId, promise.Text);
        }
    }

    [GeneratedRegex(@"[Rr]egeerakkoord (?<years>\d{4}-\d{4})")]
    private static partial Regex Period();
}
