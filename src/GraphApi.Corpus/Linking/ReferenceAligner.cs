using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Matches each reference of the published evaluation (001) to its decision in 000. The opening
/// words decide; where several decisions open alike (titles repeat: two voorontwerpen of one decree),
/// the two evaluations' citation sequences, which are the same text renumbered, break the tie.
/// A reference that cannot be matched without guessing stays unmatched, with a warning.
/// </summary>
public static partial class ReferenceAligner
{
    public static IReadOnlyDictionary<Reference, DecisionText> Align(
        EvaluationRequest request, PublishedEvaluation published, SourceDocument publishedDocument, Diagnostics diagnostics)
    {
        var renumbering = Renumbering(request.Citations, published.Citations);
        var aligned = new Dictionary<Reference, DecisionText>();
        foreach (var reference in published.References)
        {
            var opening = Normalise(reference.Opening);
            var candidates = request.Decisions.Where(d => Normalise(d.FullText).StartsWith(opening, StringComparison.Ordinal)).ToList();
            var byCitation = renumbering.GetValueOrDefault(reference.Number, -1);
            var decision = candidates.Count switch
            {
                1 => candidates[0],
                > 1 => candidates.FirstOrDefault(c => c.SourceIndex == byCitation),
                _ => null,
            };
            if (decision is null)
            {
                var why = candidates.Count == 0
                    ? "no decision in 000 opens with these words"
                    : $"decisions {string.Join(" and ", candidates.Select(c => c.SourceIndex))} open with these words and the citations do not tell which";
                diagnostics.Warn(publishedDocument, reference.Entry.Offset, $"reference [{reference.Number}] is not matched to a decision: {why}");
                continue;
            }
            if (candidates.Count == 1 && byCitation >= 0 && byCitation != decision.SourceIndex)
                diagnostics.Warn(publishedDocument, reference.Entry.Offset,
                    $"reference [{reference.Number}] opens like decision {decision.SourceIndex}, but the citations put it at decision {byCitation}; the opening words are trusted");
            aligned[reference] = decision;
        }
        foreach (var twice in aligned.GroupBy(a => a.Value.SourceIndex).Where(g => g.Count() > 1))
            diagnostics.Warn(publishedDocument, twice.First().Key.Entry.Offset,
                $"references {string.Join(", ", twice.Select(t => $"[{t.Key.Number}]"))} all match decision {twice.Key}");
        return aligned;
    }

    /// <summary>Published reference number to decision number, where both citation sequences agree position by position.</summary>
    private static Dictionary<int, int> Renumbering(IReadOnlyList<Citation> original, IReadOnlyList<Citation> published)
    {
        if (original.Count != published.Count) return [];
        return Enumerable.Range(0, original.Count)
            .GroupBy(i => published[i].Number, i => original[i].Number)
            .Where(g => g.Distinct().Count() == 1)
            .ToDictionary(g => g.Key, g => g.First());
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
