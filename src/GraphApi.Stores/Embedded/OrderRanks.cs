using System.Collections.Concurrent;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Every node's rank in an order of properties, worked out the first time the order is asked for and kept: the
/// graph never changes, so "the first 20 of 9,700 decisions by date" compares two ints per step instead of reading
/// and comparing property values. Orders by a count of related nodes are not ranked.
/// </summary>
internal sealed class OrderRanks(GraphIndex index)
{
    // The orders are the API's sortable fields and their directions, a few dozen at most; past that, nothing is kept.
    private const int MostKept = 64;

    private readonly ConcurrentDictionary<string, Lazy<ByRank>> _ranks = new(StringComparer.Ordinal);

    /// <summary>The comparer of node places in this order (then by id), by rank when the order can be ranked.</summary>
    public IComparer<int> For(IReadOnlyList<Order> orders)
    {
        if (orders.Count == 0) return Comparer<int>.Default;
        if (orders.Any(o => o.CountOf is not null)) return new ByNode(new NodeOrder(orders, index), index);
        var key = string.Join(",", orders.Select(o => $"{o.Property} {(o.Descending ? "desc" : "asc")}"));
        if (!_ranks.TryGetValue(key, out var ranks))
        {
            if (_ranks.Count >= MostKept) return new ByNode(new NodeOrder(orders, index), index);
            ranks = _ranks.GetOrAdd(key, _ => new Lazy<ByRank>(() => Rank(orders)));
        }
        return ranks.Value;
    }

    private ByRank Rank(IReadOnlyList<Order> orders)
    {
        var places = Enumerable.Range(0, index.Count).ToArray();
        Array.Sort(places, new ByNode(new NodeOrder(orders, index), index));
        var rank = new int[places.Length];
        for (var i = 0; i < places.Length; i++) rank[places[i]] = i;
        return new ByRank(rank, places);
    }

    /// <summary>Places compared by their rank in an order; and all places in that order.</summary>
    public sealed class ByRank(int[] rank, int[] inOrder) : IComparer<int>
    {
        public int[] Rank => rank;

        public int[] InOrder => inOrder;

        public int Compare(int x, int y) => rank[x].CompareTo(rank[y]);
    }

    private sealed class ByNode(NodeOrder order, GraphIndex index) : IComparer<int>
    {
        public int Compare(int x, int y) => order.Compare(index.At(x), index.At(y));
    }
}
