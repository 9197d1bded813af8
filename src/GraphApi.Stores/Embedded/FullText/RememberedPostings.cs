using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// The decoded postings of the terms searched for, by segment and term. Bounded by the documents they list together:
/// when a new term's would pass the budget (<see cref="Budget"/> unless a test asks for less), it starts again empty,
/// since the terms are the clients' words. Concurrent searches may decode the same term twice; both copies are equal.
/// </summary>
internal sealed class RememberedPostings(int budget = RememberedPostings.Budget)
{
    // About 16 MiB of documents and frequencies; a term found in every node of the scale-1000 graph takes 0.8 MiB.
    public const int Budget = 1 << 21;

    private readonly ConcurrentDictionary<(int Segment, Term Term), DecodedPostings> _postings = new();
    private int _held;

    /// <summary>How many documents the postings held list together, counted afresh.</summary>
    public int Held => _postings.Values.Sum(p => p.Docs.Length);

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
