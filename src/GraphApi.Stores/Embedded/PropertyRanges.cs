using System.Collections.Concurrent;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Per label and property, the nodes sorted by their value, made the first time a filter compares that property
/// and kept (the graph never changes): "decisions dated 2021 to 2022" is two binary searches, not a test of all 59,000.
/// Only a property that every node of the label holds as one value of one kind, or not at all, is sorted; on
/// others (lists, mixed kinds) a comparison holds in ways a sorted run cannot give, and nothing is narrowed.
/// </summary>
internal sealed class PropertyRanges(GraphIndex index)
{
    // Labels times compared properties of the API's schema, a few dozen; past that, nothing more is kept.
    private const int MostKept = 64;

    private readonly ConcurrentDictionary<(string Label, string Property), Lazy<Sorted?>> _sorted = new();

    /// <summary>Values in order and their nodes' places; for each position, the first position holding an equal value.</summary>
    internal sealed record Sorted(object[] Values, int[] Places, int[] EqualFrom);

    /// <summary>
    /// Of the conditions that must all hold, the comparisons of one property that a sorted run answers, the narrowest
    /// such property's: the places of exactly the nodes with the label that pass them, in the property's order, and
    /// the property; null when no condition narrows.
    /// </summary>
    public Range? Narrowest(string label, IReadOnlyList<Filter> conjuncts)
    {
        Range? narrowest = null;
        // Most calls have no such comparison ("agencies named ..."); they are answered without enumerators.
        var any = false;
        for (var i = 0; i < conjuncts.Count && !any; i++) any = conjuncts[i] is Comparison c && Narrows(c);
        if (!any) return null;
        foreach (var property in conjuncts.OfType<Comparison>().Where(Narrows).Select(c => c.Property).Distinct(StringComparer.Ordinal))
        {
            if (Run(label, property) is not { } run) continue;
            var (from, to) = (0, run.Values.Length);
            foreach (var comparison in conjuncts.OfType<Comparison>().Where(c => Covers(property, c)))
            {
                var (lo, hi) = Bounds(run, comparison);
                (from, to) = (Math.Max(from, lo), Math.Min(to, hi));
            }
            var count = Math.Max(to - from, 0);
            if (narrowest is null || count < narrowest.Count) narrowest = new Range(property, run, from, count);
        }
        return narrowest;
    }

    /// <summary>The nodes whose value of a property passes some comparisons: positions From to From + Count of a sorted run.</summary>
    public sealed class Range(string property, Sorted run, int from, int count)
    {
        public string Property => property;

        public int Count => count;

        /// <summary>
        /// Adds the places in the order of the property alone, then by id: as the run has them, or descending with each
        /// run of equal values kept in id order, as a sort would put them.
        /// </summary>
        public void InOrder(bool descending, List<int> places)
        {
            places.EnsureCapacity(places.Count + count);
            if (!descending)
            {
                places.AddRange(new ArraySegment<int>(run.Places, from, count));
                return;
            }
            for (var end = from + count; end > from;)
            {
                var start = Math.Max(run.EqualFrom[end - 1], from);
                for (var i = start; i < end; i++) places.Add(run.Places[i]);
                end = start;
            }
        }
    }

    /// <summary>Whether the range of a property, as <see cref="Narrowest"/> gives it, answers this condition.</summary>
    public static bool Covers(string property, Filter conjunct) => conjunct is Comparison c && c.Property == property && Narrows(c);

    // A value of one kind compared by order; "id" is not a property, and case-blind text is not in value order.
    private static bool Narrows(Comparison c) =>
        c is { Operator: Operator.Eq or Operator.Gt or Operator.Gte or Operator.Lt or Operator.Lte, IgnoreCase: false, Value: not null }
        && c.Property != "id" && !PropertyValue.IsList(c.Value);

    // [lo, hi) of the run that can hold: values of another kind than the run's match nothing, so the range is empty.
    private static (int Lo, int Hi) Bounds(Sorted run, Comparison comparison)
    {
        var value = comparison.Value!;
        if (run.Values.Length > 0 && PropertyValue.Compare(run.Values[0], value, ignoreCase: false) is null) return (0, 0);
        var firstNotBelow = Search(run, value, pastEqual: false);
        var firstAbove = Search(run, value, pastEqual: true);
        return comparison.Operator switch
        {
            Operator.Eq => (firstNotBelow, firstAbove),
            Operator.Gt => (firstAbove, run.Values.Length),
            Operator.Gte => (firstNotBelow, run.Values.Length),
            Operator.Lt => (0, firstNotBelow),
            _ => (0, firstAbove),
        };
    }

    // The first position whose value is not below the given one; with pastEqual, the first above it.
    private static int Search(Sorted run, object value, bool pastEqual)
    {
        var (lo, hi) = (0, run.Values.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var sign = PropertyValue.Compare(run.Values[mid], value, ignoreCase: false)!.Value;
            if (sign < 0 || (pastEqual && sign == 0)) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private Sorted? Run(string label, string property)
    {
        var key = (label, property);
        if (!_sorted.TryGetValue(key, out var run))
        {
            if (_sorted.Count >= MostKept) return null;
            run = _sorted.GetOrAdd(key, _ => new Lazy<Sorted?>(() => Sort(label, property)));
        }
        return run.Value;
    }

    private Sorted? Sort(string label, string property)
    {
        var entries = new List<(object Value, int Place)>();
        if (index.LabelBits(label) is not { } labelled) return new Sorted([], [], []);
        foreach (var place in labelled.Members())
        {
            if (index.At(place).Properties.GetValueOrDefault(property) is not { } value) continue;
            if (PropertyValue.IsList(value)) return null;
            if (entries.Count > 0 && PropertyValue.Compare(entries[0].Value, value, ignoreCase: false) is null) return null;
            entries.Add((value, place));
        }
        entries.Sort(static (a, b) =>
        {
            var byValue = PropertyValue.Order(a.Value, b.Value);
            return byValue != 0 ? byValue : a.Place.CompareTo(b.Place);
        });
        var equalFrom = new int[entries.Count];
        for (var i = 1; i < equalFrom.Length; i++)
            equalFrom[i] = PropertyValue.Order(entries[i - 1].Value, entries[i].Value) == 0 ? equalFrom[i - 1] : i;
        return new Sorted(entries.ConvertAll(e => e.Value).ToArray(), entries.ConvertAll(e => e.Place).ToArray(), equalFrom);
    }
}
