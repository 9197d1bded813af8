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
        var openings = new DecisionOpenings(request.Decisions);
        var aligned = new Dictionary<Reference, DecisionText>();
        foreach (var reference in published.References)
        {
            var candidates = openings.StartingWith(Normalise(reference.Opening));
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

    /// <summary>
    /// The decisions' texts in ordinal order: those that start with given words are one run of it,
    /// found by binary search, so that aligning tens of thousands of references stays near-linear.
    /// </summary>
    private sealed class DecisionOpenings
    {
        private readonly IReadOnlyList<DecisionText> _decisions;
        private readonly (string Text, int Position)[] _sorted;

        public DecisionOpenings(IReadOnlyList<DecisionText> decisions)
        {
            _decisions = decisions;
            _sorted = decisions.Select((d, i) => (Normalise(d.FullText), i)).OrderBy(t => t.Item1, StringComparer.Ordinal).ToArray();
        }

        /// <summary>In the order of the decisions in 000.</summary>
        public List<DecisionText> StartingWith(string opening)
        {
            int low = 0, high = _sorted.Length;
            while (low < high)
            {
                var middle = (low + high) / 2;
                if (string.CompareOrdinal(_sorted[middle].Text, opening) < 0) low = middle + 1;
                else high = middle;
            }
            var positions = new List<int>();
            for (var i = low; i < _sorted.Length && _sorted[i].Text.StartsWith(opening, StringComparison.Ordinal); i++)
                positions.Add(_sorted[i].Position);
            positions.Sort();
            return positions.Select(p => _decisions[p]).ToList();
        }
    }

    private static string Normalise(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
