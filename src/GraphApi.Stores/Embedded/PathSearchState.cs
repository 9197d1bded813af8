namespace GraphApi.Stores.Embedded;

/// <summary>Which of a node's levels in a shortest path search: reached from the start, from the end, or its layer on a shortest path.</summary>
internal enum PathMark
{
    Forward,
    Backward,
    Layer,
}

/// <summary>
/// What one shortest path search knows about each node of a <see cref="NumberedGraph"/>, in arrays
/// reused from search to search. Each entry records the search that last wrote it, so starting a
/// new search is one increment instead of clearing a hundred thousand entries, and a search that
/// touches a few nodes costs only those.
/// </summary>
internal sealed class PathSearchState(int count)
{
    private const sbyte None = -1;

    private readonly Entry[] _entries = new Entry[count];
    private int _search;

    /// <summary>Forgets the previous search.</summary>
    public void Clear()
    {
        if (++_search != int.MaxValue) return;
        Array.Clear(_entries);
        _search = 1;
    }

    /// <summary>The level a node was marked at, or -1.</summary>
    public int Level(int node, PathMark mark)
    {
        ref var entry = ref _entries[node];
        return entry.Search == _search ? Field(ref entry, mark) : None;
    }

    /// <summary>Marks a node at a level unless it already has one; true when it did not.</summary>
    public bool TryMark(int node, PathMark mark, int level)
    {
        ref var marked = ref Field(ref Current(node), mark);
        if (marked != None) return false;
        marked = (sbyte)level;
        return true;
    }

    /// <summary>A node's place in the order of its layer, for the nodes of the layer after it to compare predecessors by; only for a node ranked in this search.</summary>
    public int Rank(int node) => _entries[node].Rank;

    public void SetRank(int node, int rank) => Current(node).Rank = rank;

    /// <summary>Records how the path reaches a node unless it was reached already; true when it was not.</summary>
    public bool TryReach(int node, int previous, int via)
    {
        ref var entry = ref Current(node);
        if (entry.Previous != None) return false;
        entry.Previous = previous;
        entry.Via = via;
        return true;
    }

    /// <summary>The node a reached node was reached from, and the relationship's position among that node's neighbours in the <see cref="NumberedGraph"/>.</summary>
    public (int Previous, int Via) ReachedFrom(int node) => (_entries[node].Previous, _entries[node].Via);

    private ref Entry Current(int node)
    {
        ref var entry = ref _entries[node];
        if (entry.Search != _search) entry = new Entry { Search = _search, Forward = None, Backward = None, Layer = None, Previous = None };
        return ref entry;
    }

    private static ref sbyte Field(ref Entry entry, PathMark mark)
    {
        if (mark == PathMark.Forward) return ref entry.Forward;
        if (mark == PathMark.Backward) return ref entry.Backward;
        return ref entry.Layer;
    }

    private struct Entry
    {
        public int Search;
        public sbyte Forward;
        public sbyte Backward;
        public sbyte Layer;
        public int Previous;
        public int Via;
        public int Rank;
    }
}
