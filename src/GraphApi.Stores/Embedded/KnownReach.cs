using System.Collections.Concurrent;

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

    public NodeBits? Find(string condition) => _reached.GetValueOrDefault(condition);

    public void Keep(string condition, NodeBits reached)
    {
        if (_reached.Count >= Capacity) _reached.Clear();
        _reached.TryAdd(condition, reached);
    }
}
