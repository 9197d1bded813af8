using System.Collections;
using GraphApi.Schema.Types;

namespace GraphApi.Schema.Extensions;

/// <summary>
/// A clause's fulfilments in <see cref="OldestFirst"/> order. The whole list is sorted only when it is read whole;
/// a page near the start takes the first few from a heap, so that "the first 20 of 36,000" does not sort 36,000.
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

    /// <summary>The first <paramref name="count"/> in order.</summary>
    public IReadOnlyList<ClauseFulfilment> Oldest(int count)
    {
        count = Math.Clamp(count, 0, _items.Length);
        // Past a quarter of the list a heap stops paying for itself.
        if (_sorted || count >= _items.Length / 4)
            return new ArraySegment<ClauseFulfilment>(Sorted(), 0, count);
        var newestFirst = Comparer<(string, long, string)>.Create((a, b) => OldestFirst.Instance.Compare(b, a));
        var heap = new PriorityQueue<ClauseFulfilment, (string, long, string)>(count + 1, newestFirst);
        for (var i = 0; i < _items.Length; i++)
        {
            if (heap.Count < count) heap.Enqueue(_items[i], _keys[i]);
            else if (count > 0 && heap.TryPeek(out _, out var newest) && OldestFirst.Instance.Compare(_keys[i], newest) < 0)
                heap.DequeueEnqueue(_items[i], _keys[i]);
        }
        var oldest = new ClauseFulfilment[heap.Count];
        for (var i = oldest.Length - 1; i >= 0; i--) oldest[i] = heap.Dequeue();
        return oldest;
    }

    public IEnumerator<ClauseFulfilment> GetEnumerator() => ((IEnumerable<ClauseFulfilment>)Sorted()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // The keys end on the decision's id, so the order is total and a heap's first k are a full sort's first k.
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
