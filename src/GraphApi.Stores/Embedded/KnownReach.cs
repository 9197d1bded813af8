using System.Collections.Concurrent;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// The nodes each relationship condition reaches (see <see cref="FilterEvaluator"/>), kept across store calls by the
/// condition's <see cref="Filters.FilterText"/>: the graph never changes, so "decisions naming Digitaal Vlaanderen" is
/// worked out by the first request that asks and read by the rest. The sets are only read once kept.
/// <para>
/// Bounded by <see cref="Capacity"/> conditions (a set is a bit per node: 12.7 kB at scale 1000); when full it starts
/// again empty, since a client varying its filters without end would otherwise keep every set.
/// </para>
/// </summary>
internal sealed class KnownReach
{
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<string, NodeBits> _reached = new(StringComparer.Ordinal);

    // The same by the condition object, so that one a resolver prepared once for a kept document is found without
    // writing its text again on every request; bounded the same way.
    private readonly ConcurrentDictionary<Related, NodeBits> _byObject = new(ReferenceEqualityComparer.Instance);

    /// <summary>The nodes the condition reaches if known; else null, with its text for <see cref="Keep"/>.</summary>
    public NodeBits? Find(Related condition, out string? text)
    {
        text = null;
        if (_byObject.TryGetValue(condition, out var reached)) return reached;
        text = FilterText.Of(condition);
        if (_reached.TryGetValue(text, out reached)) Remember(condition, reached);
        return reached;
    }

    public void Keep(Related condition, string text, NodeBits reached)
    {
        if (_reached.Count >= Capacity) _reached.Clear();
        _reached.TryAdd(text, reached);
        Remember(condition, reached);
    }

    private void Remember(Related condition, NodeBits reached)
    {
        if (_byObject.Count >= Capacity) _byObject.Clear();
        _byObject.TryAdd(condition, reached);
    }
}
