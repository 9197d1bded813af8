using System.Runtime.InteropServices;
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

    public Dictionary<string, double> Vector(string text)
    {
        // Terms in order of first use, weighed and summed in that order (as the grouping this replaces did), so
        // the weights come out bit for bit the same; plain loops, since the ingest makes hundreds of thousands.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in DutchText.Terms(text))
            CollectionsMarshal.GetValueRefOrAddDefault(counts, term, out _)++;
        var weights = new double[counts.Count];
        var squares = 0.0;
        var i = 0;
        foreach (var (term, count) in counts)
        {
            weights[i] = (1.0 + Math.Log(count)) * _idf.GetValueOrDefault(term, 1.0);
            squares += weights[i] * weights[i];
            i++;
        }
        var norm = Math.Sqrt(squares);
        var vector = new Dictionary<string, double>(counts.Count, StringComparer.Ordinal);
        i = 0;
        foreach (var term in counts.Keys)
        {
            vector[term] = norm == 0 ? weights[i] : weights[i] / norm;
            i++;
        }
        return vector;
    }

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var sum = 0.0;
        foreach (var (term, weight) in small)
            if (large.TryGetValue(term, out var other)) sum += weight * other;
        return sum;
    }
}
