using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// An index searcher that keeps the weight of each query it has run. Building a weight looks every word up in every
/// searched field's term dictionary (sixteen fields per word), which was most of a search's time and 100 kB of
/// garbage per request; the index never changes, so the same query gets the same weight.
/// <para>
/// Lucene's queries compare by value, so a query built again by the next request finds the weight. A normalised
/// weight is only read when scoring (each search makes its own scorers), so one serves concurrent searches. Bounded by
/// <see cref="Capacity"/> queries; when full it starts again empty, since the queries are the clients' words.
/// </para>
/// </summary>
internal sealed class RememberingSearcher(IndexReader reader) : IndexSearcher(reader)
{
    public const int Capacity = 1024;

    private readonly ConcurrentDictionary<Query, Weight> _weights = new();

    public override Weight CreateNormalizedWeight(Query query)
    {
        if (_weights.TryGetValue(query, out var weight)) return weight;
        weight = base.CreateNormalizedWeight(query);
        if (_weights.Count >= Capacity) _weights.Clear();
        _weights.TryAdd(query, weight);
        return weight;
    }
}
