using GraphApi.Graph;
using GraphApi.Stores.Embedded.FullText;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Util;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The C# half of search against Neo4j: the query's words are analysed here with the embedded store's
/// Dutch analyser, so that "no searchable words" means the same in both stores and at most as many words
/// go to Neo4j as the embedded store looks for; and each hit's property, snippet and highlights are cut
/// from the returned node exactly as the embedded store cuts them.
/// Differences: Neo4j scores with BM25 over its index's eight properties without the embedded field
/// weights, so scores and sometimes the order differ; its <c>dutch</c> analyser is Lucene's Java one,
/// which may stem a rare word differently. When no text of a hit holds a word as stemmed here, the hit
/// shows its first searchable text (or none) without highlights.
/// </summary>
public sealed class SearchText : IDisposable
{
    private readonly Analyzer _analyzer = new DutchAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>The stems to highlight and the words to send, null when the text has no searchable word.</summary>
    public (IReadOnlySet<string> Stems, string LuceneQuery)? Analyse(string? text)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var token in AnalysedText.Tokenise(text ?? "", _analyzer))
        {
            if (words.Count == SearchIndex.MaxQueryTerms) break;
            words.TryAdd(token.Stem, text!.Substring(token.Start, token.Length));
        }
        return words.Count == 0 ? null : (words.Keys.ToHashSet(StringComparer.Ordinal), LuceneQuery.Words(words.Values));
    }

    public SearchHit Hit(Node node, double score, IReadOnlySet<string> stems) => new(node, score, () => Match(node, stems));

    private SearchMatch Match(Node node, IReadOnlySet<string> stems)
    {
        var texts = AnalysedText.Of(node, _analyzer);
        if (SearchIndex.BestText(texts, stems) is { } best)
        {
            var (snippet, highlights) = Snippet.Cut(best, stems);
            return new SearchMatch(best.Property, snippet, highlights);
        }
        var first = texts.FirstOrDefault();
        return new SearchMatch(first?.Property ?? "", first is null ? "" : Shorten(first.Text), []);
    }

    public void Dispose() => _analyzer.Dispose();

    private static string Shorten(string text) => text.Length <= Snippet.Length ? text : text[..Snippet.Length] + "…";
}
