using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// The decoded postings of the terms searched for, by segment and term. Bounded by the documents they list together:
/// when a new term's would pass the budget, it starts again empty, since the terms are the clients' words. Concurrent
/// searches may decode the same term twice; both copies are equal.
/// <para>
/// Only terms in at most <see cref="Largest"/> documents are taken. Their arrays stay below the large object heap, and
/// Lucene's own readers cost little next to scoring a common word's documents: at scale 1000, decoding every term of
/// clients' varied searches left the large object heap fragmented, with 250 MB more resident than without.
/// </para>
/// </summary>
internal sealed class RememberedPostings(int budget = RememberedPostings.Budget, int largest = RememberedPostings.Largest)
{
    /// <summary>About 16 MiB of documents and frequencies together.</summary>
    public const int Budget = 1 << 21;

    /// <summary>Two arrays of 64 kB at most per term, under the 85,000 bytes from which the runtime puts an array on the large object heap.</summary>
    public const int Largest = 1 << 14;

    private readonly ConcurrentDictionary<(int Segment, Term Term), DecodedPostings> _postings = new();
    private int _held;

    /// <summary>How many documents the postings held list together, counted afresh.</summary>
    public int Held => _postings.Values.Sum(p => p.Docs.Length);

    /// <summary>Whether a term in this many documents is decoded.</summary>
    public bool Takes(int documents) => documents <= largest;

    public DecodedPostings Of(AtomicReaderContext segment, Term term, TermState state)
    {
        if (_postings.TryGetValue((segment.Ord, term), out var known)) return known;
        var read = DecodedPostings.Read(segment.AtomicReader, term, state);
        if (Interlocked.Add(ref _held, read.Docs.Length) > budget)
        {
            _postings.Clear();
            Interlocked.Exchange(ref _held, read.Docs.Length);
        }
        _postings.TryAdd((segment.Ord, term), read);
        return read;
    }
}
