using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// An index searcher that keeps the weight of each search it has run, under a key naming the search. Building a weight
/// looks every word up in every searched field's term dictionary (sixteen fields per word), which was most of a
/// search's time and 100 kB of garbage per request; the index never changes, so the same search gets the same weight.
/// Keying by the caller's words rather than by the query also spares building, hashing and comparing the query. It
/// scores documents in order, whatever the number of words (see <see cref="Search{TState}"/>).
/// <para>
/// A normalised weight is only read when scoring (each search makes its own scorers), so one serves concurrent
/// searches. Bounded by <see cref="Capacity"/> searches; when full it starts again empty, since the keys are the
/// clients' words.
/// </para>
/// </summary>
internal sealed class RememberingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, Weight> _weights = new();

    /// <summary>The best <paramref name="first"/> documents of the search <paramref name="key"/> names, which
    /// <paramref name="build"/> makes (query and filter) the first time.</summary>
    public TopDocs Search<TState>(string key, TState state, Func<TState, (Query Query, Filter? Filter)> build, int first)
    {
        if (!_weights.TryGetValue(key, out var weight))
        {
            var (query, filter) = build(state);
            weight = CreateNormalizedWeight(WrapFilter(query, filter));
            if (_weights.Count >= Capacity) _weights.Clear();
            _weights.TryAdd(key, weight);
        }
        // Documents scored in order: out of order, Lucene fills a table of 2,048 buckets for every search of several
        // words, 95 kB of garbage that halved a two-word search's requests per second. A document's word scores are
        // then added in another order, which can change a score's last bit.
        var best = TopScoreDocCollector.Create(first, docsScoredInOrder: true);
        Search(m_readerContext.Leaves, weight, best);
        return best.GetTopDocs();
    }
}
