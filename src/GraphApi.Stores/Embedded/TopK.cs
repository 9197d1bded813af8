namespace GraphApi.Stores.Embedded;

/// <summary>
/// The k smallest items in order, without sorting the rest: a page of 20 out of 50,000 matches costs
/// about one comparison per match. The comparer must be a total order (ours end on the node id),
/// so the result is exactly the first k of a full sort.
/// </summary>
internal static class TopK
{
    public static IReadOnlyList<T> Smallest<T>(List<T> items, IComparer<T> comparer, int k)
    {
        if (k <= 0) return [];
        // Past a quarter of the list the heap stops paying for itself.
        if (k >= items.Count / 4)
        {
            items.Sort(comparer);
            return items;
        }
        var largestFirst = Comparer<T>.Create((a, b) => comparer.Compare(b, a));
        var heap = new PriorityQueue<T, T>(k + 1, largestFirst);
        foreach (var item in items)
        {
            if (heap.Count < k) heap.Enqueue(item, item);
            else if (comparer.Compare(item, heap.Peek()) < 0) heap.DequeueEnqueue(item, item);
        }
        var smallest = new T[heap.Count];
        for (var i = smallest.Length - 1; i >= 0; i--) smallest[i] = heap.Dequeue();
        return smallest;
    }

    /// <summary>The same for node places by their ranks, which are all different: a heap of ints with no comparer to call.</summary>
    public static IReadOnlyList<int> Smallest(List<int> places, int[] rank, int k)
    {
        if (k <= 0) return [];
        if (k >= places.Count / 4)
        {
            places.Sort((a, b) => rank[a].CompareTo(rank[b]));
            return places;
        }
        // The largest rank kept is on top when ranks go in negated.
        var heap = new PriorityQueue<int, int>(k + 1);
        foreach (var place in places)
        {
            if (heap.Count < k) heap.Enqueue(place, -rank[place]);
            else if (heap.TryPeek(out _, out var largest) && rank[place] < -largest) heap.DequeueEnqueue(place, -rank[place]);
        }
        var smallest = new int[heap.Count];
        for (var i = smallest.Length - 1; i >= 0; i--) smallest[i] = heap.Dequeue();
        return smallest;
    }
}
