using System.Text;
using GraphApi.Graph;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// Full-text search over the nodes' texts with Lucene's Dutch analyser (stop words, Snowball stemming:
/// "besluiten" and "besluit" both become "besluit"), in an in-memory index built once. Queries are built
/// from the analysed words as term queries, never parsed, so no input can be a syntax error. Lucene's
/// searcher is safe for concurrent readers and nothing else here changes after construction.
/// </summary>
internal sealed class SearchIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string OrdinalField = "@ordinal";
    private const string LabelField = "@label";
    // Keeps a pasted paragraph from becoming thousands of clauses (Lucene refuses more than 1024).
    internal const int MaxQueryTerms = 32;
    // A little credit for matching in a second field too, so a word in title and text beats title alone.
    private const float TieBreaker = 0.1f;

    private readonly DutchAnalyzer _analyzer = new(Version);
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly RememberingSearcher _searcher;
    private readonly RememberedPostings _postings = new();
    private readonly Node[] _nodes;
    private readonly IReadOnlyList<AnalysedText>[] _texts;

    public SearchIndex(IEnumerable<Node> nodes)
    {
        var indexed = new List<(Node Node, IReadOnlyList<AnalysedText> Texts)>();
        var stems = new StringPool();
        // Nothing is on disk, so compound files and merges would only cost time.
        var config = new IndexWriterConfig(Version, _analyzer) { UseCompoundFile = false, MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var (node, texts) in AnalysedNodes.Of(nodes, _analyzer, stems))
            {
                writer.AddDocument(Document(node, texts, indexed.Count));
                indexed.Add((node, texts));
            }
            writer.Commit();
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new RememberingSearcher(_reader);

        // Lucene numbers documents itself; map its numbers back to nodes once, through the ordinal field.
        var ordinals = MultiDocValues.GetNumericValues(_reader, OrdinalField);
        _nodes = new Node[_reader.MaxDoc];
        _texts = new IReadOnlyList<AnalysedText>[_reader.MaxDoc];
        for (var doc = 0; doc < _reader.MaxDoc; doc++)
            (_nodes[doc], _texts[doc]) = indexed[(int)ordinals.Get(doc)];
    }

    /// <summary>
    /// The best <c>First</c> nodes for the words of the query, any word matching (more matches score
    /// higher), only nodes with one of <c>Labels</c> unless that is null or empty. A query with no
    /// searchable words (empty, stop words, punctuation) finds nothing.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchQuery query)
    {
        var stems = AnalysedText.Tokenise(query.Text ?? "", _analyzer).Select(t => t.Stem).Distinct().Take(MaxQueryTerms).ToHashSet();
        if (stems.Count == 0 || query.First <= 0 || _nodes.Length == 0) return [];

        var top = _searcher.Search(Key(stems, query.Labels), (Index: this, Stems: stems, query.Labels),
            static search => (search.Index.Query(search.Stems), LabelFilter(search.Labels)), Math.Min(query.First, _nodes.Length));
        var hits = new SearchHit[top.ScoreDocs.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            var found = top.ScoreDocs[i];
            var texts = _texts[found.Doc];
            hits[i] = new SearchHit(_nodes[found.Doc], found.Score, () => Match(texts, stems));
        }
        return hits;
    }

    private static SearchMatch Match(IReadOnlyList<AnalysedText> texts, IReadOnlySet<string> stems)
    {
        var text = BestText(texts, stems)
            ?? throw new InvalidOperationException("Lucene returned a node none of whose texts holds a query word.");
        var (snippet, highlights) = Snippet.Cut(text, stems);
        return new SearchMatch(text.Property, snippet, highlights);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
    }

    private static Document Document(Node node, IReadOnlyList<AnalysedText> texts, int ordinal)
    {
        var document = new Document { new NumericDocValuesField(OrdinalField, ordinal) };
        foreach (var label in node.Labels) document.Add(new StringField(LabelField, label, Field.Store.NO));
        foreach (var text in texts) document.Add(new TextField(text.Property, new TokenReplay(text)));
        return document;
    }

    // Names a search for the remembered weights: its labels, then its words, each after its length so that none can
    // run into the next.
    private static string Key(IEnumerable<string> stems, IReadOnlyList<string>? labels)
    {
        var key = new StringBuilder();
        foreach (var label in labels ?? []) key.Append(label.Length).Append(':').Append(label);
        key.Append('|');
        foreach (var stem in stems) key.Append(stem.Length).Append(':').Append(stem);
        return key.ToString();
    }

    // Per word, the best of its field matches (weighted by field); the words' scores add up.
    private BooleanQuery Query(IEnumerable<string> stems)
    {
        var query = new BooleanQuery();
        foreach (var stem in stems)
        {
            var fields = new DisjunctionMaxQuery(TieBreaker);
            foreach (var (property, boost) in SearchFields.All)
                fields.Add(new DecodedTermQuery(new Term(property, stem), _postings) { Boost = boost });
            query.Add(fields, Occur.SHOULD);
        }
        return query;
    }

    private static QueryWrapperFilter? LabelFilter(IReadOnlyList<string>? labels)
    {
        if (labels is null || labels.Count == 0) return null;
        var query = new BooleanQuery();
        foreach (var label in labels) query.Add(new TermQuery(new Term(LabelField, label)), Occur.SHOULD);
        return new QueryWrapperFilter(query);
    }

    // The text the hit shows: the one holding most of the query's words, weighted like the query's fields;
    // null when none holds one. The Neo4j store picks its hits' texts the same way.
    internal static AnalysedText? BestText(IReadOnlyList<AnalysedText> texts, IReadOnlySet<string> stems)
    {
        AnalysedText? best = null;
        var bestScore = 0f;
        foreach (var text in texts)
        {
            var matched = text.Tokens.Where(t => stems.Contains(t.Stem)).Select(t => t.Stem).Distinct().Count();
            var score = matched * text.Boost;
            if (score > bestScore) (best, bestScore) = (text, score);
        }
        return best;
    }
}
