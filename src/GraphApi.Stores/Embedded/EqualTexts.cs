using System.Collections;
using System.Collections.Concurrent;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Per label and property, the nodes holding each text (alone or as an element of a list), ignoring case: made the
/// first time a filter asks for a text by equality, and kept (the graph never changes). "The agency named Digitaal
/// Vlaanderen, by id, name or alias" is three look-ups, not three comparisons with each of the agencies, which every
/// request that names an agency made. The places found are candidates: the condition is still tested on each, so
/// case, and anything else the condition asks, is decided as before.
/// </summary>
internal sealed class EqualTexts(GraphIndex index)
{
    // Labels times properties compared by equality in the API's schema, a few dozen; past that, nothing more is kept.
    private const int MostKept = 64;

    private static readonly int[] NoPlaces = [];

    private readonly ConcurrentDictionary<(string Label, string Property), Lazy<Dictionary<string, int[]>>> _texts = new();

    /// <summary>
    /// Of the conditions that must all hold, the one that equality of texts answers with the fewest candidates (a
    /// comparison, or any of several): the places of at least the nodes of the label that pass it, in place order;
    /// null when no condition is of that kind.
    /// </summary>
    public List<int>? Candidates(string label, IReadOnlyList<Filter> conjuncts)
    {
        List<int>? narrowest = null;
        for (var i = 0; i < conjuncts.Count; i++)
        {
            if (!Answers(conjuncts[i])) continue;
            var places = new List<int>();
            Gather(label, conjuncts[i], places);
            if (narrowest is null || places.Count < narrowest.Count) narrowest = places;
        }
        if (narrowest is null) return null;
        narrowest.Sort();
        var kept = 0;
        for (var i = 0; i < narrowest.Count; i++)
            if (kept == 0 || narrowest[kept - 1] != narrowest[i]) narrowest[kept++] = narrowest[i];
        narrowest.RemoveRange(kept, narrowest.Count - kept);
        return narrowest;
    }

    // A comparison, or any of several however nested, as "any of these names" is an AnyOf of each name's AnyOf.
    private static bool Answers(Filter conjunct)
    {
        if (conjunct is Comparison comparison) return comparison is { Operator: Operator.Eq, Value: string };
        if (conjunct is not AnyOf { Filters.Count: > 0 } any) return false;
        for (var i = 0; i < any.Filters.Count; i++)
            if (!Answers(any.Filters[i])) return false;
        return true;
    }

    private void Gather(string label, Filter answered, List<int> places)
    {
        if (answered is Comparison comparison)
        {
            places.AddRange(Holding(label, comparison.Property, (string)comparison.Value!));
            return;
        }
        var any = (AnyOf)answered;
        for (var i = 0; i < any.Filters.Count; i++) Gather(label, any.Filters[i], places);
    }

    private int[] Holding(string label, string property, string text)
    {
        var key = (label, property);
        if (!_texts.TryGetValue(key, out var texts))
        {
            // Past the bound, every node of the label is a candidate, which is what a scan tested before.
            if (_texts.Count >= MostKept) return index.LabelBits(label)?.Members().ToArray() ?? NoPlaces;
            texts = _texts.GetOrAdd(key, _ => new Lazy<Dictionary<string, int[]>>(() => Collect(label, property)));
        }
        return texts.Value.GetValueOrDefault(text, NoPlaces);
    }

    private Dictionary<string, int[]> Collect(string label, string property)
    {
        var places = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        if (index.LabelBits(label) is { } labelled)
            foreach (var place in labelled.Members())
            {
                var node = index.At(place);
                var value = property == "id" ? node.Id : node.Properties.GetValueOrDefault(property);
                if (value is string text) Add(places, text, place);
                else if (PropertyValue.IsList(value))
                    foreach (var element in (IEnumerable)value!)
                        if (element is string elementText) Add(places, elementText, place);
            }
        return places.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, List<int>> places, string text, int place)
    {
        if (!places.TryGetValue(text, out var list)) places[text] = list = [];
        if (list.Count == 0 || list[^1] != place) list.Add(place);
    }
}
