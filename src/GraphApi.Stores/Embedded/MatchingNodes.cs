using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// The nodes of a label that match a filter, found from the narrowest set the prepared indexes give: "decisions of
/// Digitaal Vlaanderen in 2021" looks at the decisions of 2021 (<see cref="PropertyRanges"/>) and keeps the agency's
/// (a relationship condition answered from the agency's side, one bit each), not at all 59,000; an agency asked for by
/// name is looked up (<see cref="EqualTexts"/>). The conditions the first two sets answer exactly are not tested again;
/// the rest are, node by node.
/// </summary>
internal static class MatchingNodes
{
    // The store answers a call on one thread without awaiting, so a thread's list serves one answer at a time: at
    // scale 1000, the decisions of two years are 20,000 places, which were two new lists on every request.
    [ThreadStatic] private static List<int>? t_matches;

    /// <summary>
    /// The places of the matches, and whether they already come in the given order (then by id): in id order unless a
    /// range gave them, and then in its property's order, which is the order asked for when that is the same property.
    /// The list is this thread's own and is reused by its next call: read it before.
    /// </summary>
    public static (List<int> Places, bool Ordered) Find(GraphIndex index, PropertyRanges ranges, EqualTexts texts, string label, Filter? where, IReadOnlyList<Order> order)
    {
        var matches = t_matches ??= [];
        matches.Clear();
        if (index.LabelBits(label) is not { } labelled) return (matches, true);
        var filters = new FilterEvaluator(index, labelled.Count);
        var conjuncts = Conjuncts.Of(where).ToList();
        var related = filters.Narrowest(conjuncts);
        var range = ranges.Narrowest(label, conjuncts);
        var rest = conjuncts.Where(c => c != related?.Part && !(range is { } r && PropertyRanges.Covers(r.Property, c))).ToList();
        var residual = rest.Count == 0 ? null : new AllOf(rest);
        var reached = related?.Reached;
        if (range is not null)
        {
            // "Decisions of 2021 and 2022, newest first": the range is already in that order, so nothing is sorted.
            var byRange = order is [{ CountOf: null } only] && only.Property == range.Property;
            range.InOrder(byRange && order[0].Descending, matches);
            if (reached is null && residual is null) return (matches, byRange);
            var kept = 0;
            for (var i = 0; i < matches.Count; i++)
                if ((reached?.Contains(matches[i]) ?? true) && (residual is null || filters.Matches(matches[i], residual))) matches[kept++] = matches[i];
            matches.RemoveRange(kept, matches.Count - kept);
            return (matches, byRange);
        }
        // Texts asked for by equality give candidates only; their condition stays in the residual and is tested on each.
        IEnumerable<int> candidates = texts.Candidates(label, rest) is { } named && (reached is null || named.Count < reached.Count) ? named
            : (reached is not null && reached.Count < labelled.Count ? reached : labelled).Members();
        foreach (var place in candidates)
            if (labelled.Contains(place) && (reached?.Contains(place) ?? true) && (residual is null || filters.Matches(place, residual))) matches.Add(place);
        return (matches, order.Count == 0);
    }
}
