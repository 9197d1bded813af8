using System.Collections;
using GraphApi.Schema.Types;

namespace GraphApi.Schema.Extensions;

/// <summary>
/// All of a clause's fulfilments in <see cref="OldestFirst"/> order, for the scorecard; sorted only when read in order,
/// as the budget roll-up only collects them.
/// </summary>
public sealed class ClauseFulfilments : IReadOnlyList<ClauseFulfilment>
{
    private readonly ClauseFulfilment[] _items;
    private readonly (string, long, string)[] _keys;
    private bool _sorted;

    public static readonly ClauseFulfilments None = new([], []);

    public ClauseFulfilments(ClauseFulfilment[] items, (string, long, string)[] keys) => (_items, _keys) = (items, keys);

    public int Count => _items.Length;

    public ClauseFulfilment this[int index] => Sorted()[index];

    public IEnumerator<ClauseFulfilment> GetEnumerator() => ((IEnumerable<ClauseFulfilment>)Sorted()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The keys end on the decision's id, so the order is total.
    private ClauseFulfilment[] Sorted()
    {
        if (!_sorted)
        {
            Array.Sort(_keys, _items, OldestFirst.Instance);
            _sorted = true;
        }
        return _items;
    }
}
