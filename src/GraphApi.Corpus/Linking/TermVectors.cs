using GraphApi.Corpus.Extraction;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// TF-IDF vectors of Dutch texts over one collection, compared by cosine similarity (0..1). The
/// collection fixes the IDF, so that words every decision uses ("Vlaamse", "regering") weigh little.
/// </summary>
public sealed class TermVectors
{
    private readonly Dictionary<string, double> _idf;

    public TermVectors(IEnumerable<string> collection)
    {
        // Document frequencies counted text by text: holding every text's terms at once cost hundreds
        // of megabytes on a corpus of 59,000 decisions.
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var documents = 0;
        foreach (var text in collection)
        {
            documents++;
            foreach (var term in DutchText.Terms(text).Distinct(StringComparer.Ordinal))
                frequency[term] = frequency.GetValueOrDefault(term) + 1;
        }
        _idf = frequency.ToDictionary(p => p.Key, p => Math.Log((1.0 + documents) / (1.0 + p.Value)) + 1.0, StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, double> Vector(string text)
    {
        var vector = DutchText.Terms(text).GroupBy(t => t, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (1.0 + Math.Log(g.Count())) * _idf.GetValueOrDefault(g.Key, 1.0), StringComparer.Ordinal);
        var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
        return norm == 0 ? vector : vector.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal);
    }

    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Sum(p => large.TryGetValue(p.Key, out var w) ? p.Value * w : 0.0);
    }
}
