namespace GraphApi.Stores.Embedded;

/// <summary>
/// What a shortest path search marks a node with: its level reached from the start, from the end,
/// its layer on a shortest path, or whether it lies on one at all (1 or 0).
/// </summary>
internal enum PathMark
{
    Forward,
    Backward,
    Layer,
    OnPath,
}

/// <summary>
/// The marks one shortest path search gave the nodes of a <see cref="NumberedGraph"/>, in an array
/// reused from search to search. Each entry records the search that last wrote it, so starting a
/// new search is one increment instead of clearing a hundred thousand entries, and a search that
/// touches a few nodes costs only those. Its lists of nodes are reused too: a level of a hub's
/// neighbours holds tens of thousands, and allocating that much per search fills the large object
/// heap, whose collections stall every request.
/// </summary>
internal sealed class PathSearchState(int count)
{
    private const sbyte None = -1;

    private readonly Entry[] _entries = new Entry[count];
    private readonly List<List<int>> _lists = [];
    private int _search;
    private int _listsInUse;

    /// <summary>Forgets the previous search.</summary>
    public void Clear()
    {
        _listsInUse = 0;
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
        ref var entry = ref _entries[node];
        if (entry.Search != _search) entry = new Entry { Search = _search, Forward = None, Backward = None, Layer = None, OnPath = None };
        ref var marked = ref Field(ref entry, mark);
        if (marked != None) return false;
        marked = (sbyte)level;
        return true;
    }

    /// <summary>An empty list of nodes, valid until the state is cleared.</summary>
    public List<int> NewList()
    {
        if (_listsInUse == _lists.Count) _lists.Add([]);
        var list = _lists[_listsInUse++];
        list.Clear();
        return list;
    }

    private static ref sbyte Field(ref Entry entry, PathMark mark)
    {
        if (mark == PathMark.Forward) return ref entry.Forward;
        if (mark == PathMark.Backward) return ref entry.Backward;
        if (mark == PathMark.Layer) return ref entry.Layer;
        return ref entry.OnPath;
    }

    private struct Entry
    {
        public int Search;
        public sbyte Forward;
        public sbyte Backward;
        public sbyte Layer;
        public sbyte OnPath;
    }
}
