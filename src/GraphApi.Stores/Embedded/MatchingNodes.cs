using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// The nodes of a label that match a filter, found from the narrowest set the prepared indexes give: "decisions of
/// Digitaal Vlaanderen in 2021" looks at the decisions of 2021 (<see cref="PropertyRanges"/>) and keeps the agency's
/// (a relationship condition answered from the agency's side, one bit each), not at all 59,000. The conditions those
/// sets answer exactly are not tested again; the rest are, node by node.
/// </summary>
internal static class MatchingNodes
{
    /// <summary>
    /// The places of the matches, and whether they already come in the given order (then by id): in id order unless a
    /// range gave them, and then in its property's order, which is the order asked for when that is the same property.
    /// </summary>
    public static (List<int> Places, bool Ordered) Find(GraphIndex index, PropertyRanges ranges, string label, Filter? where, IReadOnlyList<Order> order)
    {
        var matches = new List<int>();
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
            var inRange = range.InOrder(byRange && order[0].Descending);
            if (reached is null && residual is null) return (inRange, byRange);
            foreach (var place in inRange)
                if ((reached?.Contains(place) ?? true) && (residual is null || filters.Matches(place, residual))) matches.Add(place);
            return (matches, byRange);
        }
        foreach (var place in (reached is not null && reached.Count < labelled.Count ? reached : labelled).Members())
            if (labelled.Contains(place) && (reached?.Contains(place) ?? true) && (residual is null || filters.Matches(place, residual))) matches.Add(place);
        return (matches, order.Count == 0);
    }
}
