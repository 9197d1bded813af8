using System.Numerics;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// A set of nodes by their place in the <see cref="GraphIndex"/>: one bit each. Testing and adding cost a shift and
/// a mask, where a hash set of 16,000 decisions costs a hash and a probe per test and a few hundred kilobytes.
/// </summary>
internal sealed class NodeBits(int nodes)
{
    private readonly ulong[] _words = new ulong[(nodes + 63) / 64];

    public int Count { get; private set; }

    /// <summary>How many nodes it was made for.</summary>
    public int Capacity => nodes;

    public void Clear()
    {
        Array.Clear(_words);
        Count = 0;
    }

    public bool Contains(int node) => (_words[node >> 6] & (1UL << node)) != 0;

    /// <summary>Adds the node; false when it was in already.</summary>
    public bool Add(int node)
    {
        ref var word = ref _words[node >> 6];
        var bit = 1UL << node;
        if ((word & bit) != 0) return false;
        word |= bit;
        Count++;
        return true;
    }

    /// <summary>Adds every node of the other set.</summary>
    public void Or(NodeBits other)
    {
        for (var w = 0; w < _words.Length; w++) _words[w] |= other._words[w];
        Recount();
    }

    /// <summary>Keeps only the nodes also in the other set.</summary>
    public void And(NodeBits other)
    {
        for (var w = 0; w < _words.Length; w++) _words[w] &= other._words[w];
        Recount();
    }

    public void Remove(int node)
    {
        ref var word = ref _words[node >> 6];
        var bit = 1UL << node;
        if ((word & bit) == 0) return;
        word &= ~bit;
        Count--;
    }

    private void Recount()
    {
        var count = 0;
        foreach (var word in _words) count += BitOperations.PopCount(word);
        Count = count;
    }

    /// <summary>The nodes in index order.</summary>
    public IEnumerable<int> Members()
    {
        for (var w = 0; w < _words.Length; w++)
            for (var word = _words[w]; word != 0; word &= word - 1)
                yield return (w << 6) + BitOperations.TrailingZeroCount(word);
    }
}
