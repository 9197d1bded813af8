using GraphApi.Stores.Embedded.FullText;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GraphApi.Stores.Tests.Embedded.FullText;

/// <summary>
/// Term queries scored from decoded postings find the same documents with the same scores as Lucene's own term queries,
/// on an index of two segments whose common words span several of Lucene's postings blocks: alone, in the query shape
/// the search index builds, under a filter, where every word must match (which advances rather than steps), and beside
/// terms too common to decode. Their hits are explained with the scores they got, and the postings kept stay in budget.
/// </summary>
public sealed class DecodedTermQueryTests : IDisposable
{
    private const int DocumentsPerSegment = 700;
    private static readonly string[] Words = ["besluit", "agentschap", "digitaal", "vlaanderen", "gegevens", "burger", "profiel"];
    private readonly RAMDirectory _directory = new();
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly RememberedPostings _postings = new();

    public DecodedTermQueryTests()
    {
        var random = new Random(7);
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48)) { MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(_directory, config))
        {
            for (var segment = 0; segment < 2; segment++)
            {
                for (var i = 0; i < DocumentsPerSegment; i++)
                {
                    var document = new Document
                    {
                        new StringField("label", i % 3 == 0 ? "Decision" : "Agency", Field.Store.NO),
                        new TextField("title", Text(random, 1 + random.Next(6)), Field.Store.NO),
                        new TextField("text", Text(random, 5 + random.Next(60)), Field.Store.NO),
                    };
                    writer.AddDocument(document);
                }
                writer.Commit();
            }
        }
        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    // "zeldzaam" is rare: in about a tenth of the titles, so that most documents lack it in a field.
    private static string Text(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => random.Next(100) < 3 ? "zeldzaam" : Words[random.Next(Words.Length)]));

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void The_index_has_two_segments_and_common_words_longer_than_a_postings_block()
    {
        Assert.Equal(2, _reader.Leaves.Count);
        Assert.True(_reader.DocFreq(new Term("text", "besluit")) > 2 * 128);
    }

    [Theory]
    [InlineData("title", "besluit")]
    [InlineData("text", "vlaanderen")]
    [InlineData("title", "zeldzaam")]
    [InlineData("text", "onbekend")]
    public void A_single_term_finds_what_lucene_finds(string field, string word)
    {
        AssertSame(Term(field, word, 1f, plain: true), Term(field, word, 1f, plain: false), filter: null);
    }

    [Fact]
    public void The_search_index_shape_of_query_scores_as_lucene_does_with_and_without_a_label_filter()
    {
        // The search index's filter is walked beside the query; one with random access is handed to the scorers.
        var walked = new QueryWrapperFilter(new TermQuery(new Term("label", "Decision")));
        var accepted = new RandomAccessFilter(walked);
        string[] words = ["digitaal", "gegevens", "zeldzaam"];

        AssertSame(Shape(words, plain: true), Shape(words, plain: false), filter: null);
        AssertSame(Shape(words, plain: true), Shape(words, plain: false), walked);
        AssertSame(Shape(words, plain: true), Shape(words, plain: false), accepted);
    }

    [Fact]
    public void Words_that_must_all_match_are_found_as_lucene_finds_them()
    {
        Query Must(bool plain) => new BooleanQuery
        {
            { Term("text", "zeldzaam", 1f, plain), Occur.MUST },
            { Term("text", "burger", 1f, plain), Occur.MUST },
            { Term("title", "profiel", 1f, plain), Occur.MUST },
        };

        AssertSame(Must(plain: true), Must(plain: false), filter: null);
    }

    [Fact]
    public void Words_too_common_to_decode_are_scored_by_lucene_beside_decoded_ones_as_lucene_scores_them()
    {
        // Only "zeldzaam" in titles is in fewer than 300 documents; the other three terms are Lucene's to score.
        var postings = new RememberedPostings(largest: 300);
        string[] words = ["besluit", "zeldzaam"];
        Assert.True(postings.Takes(_reader.DocFreq(new Term("title", "zeldzaam"))));
        Assert.False(postings.Takes(_reader.DocFreq(new Term("text", "zeldzaam"))));
        Assert.False(postings.Takes(_reader.DocFreq(new Term("title", "besluit"))));

        AssertSame(Shape(words, plain: true), Shape(words, plain: false, postings), filter: null);
        Assert.Equal(_reader.DocFreq(new Term("title", "zeldzaam")), postings.Held);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void The_remembering_searcher_finds_the_best_documents_as_lucene_does_scoring_in_document_order(int count)
    {
        var words = Words.Take(count - 1).Append("zeldzaam").ToArray();
        var filter = new QueryWrapperFilter(new TermQuery(new Term("label", "Decision")));
        var remembering = new RememberingSearcher(_reader);

        foreach (var (first, only) in new[] { (10, (Filter?)null), (_reader.MaxDoc, null), (25, filter) })
        {
            var inOrder = TopScoreDocCollector.Create(first, docsScoredInOrder: true);
            _searcher.Search(Shape(words, plain: true), only, inOrder);
            var want = inOrder.GetTopDocs();
            var got = remembering.Search($"{count} {first} {only is null}", Shape(words, plain: false), query => (query, only), first);

            Assert.Equal(want.TotalHits, got.TotalHits);
            Assert.Equal(want.ScoreDocs.Select(d => (d.Doc, d.Score)), got.ScoreDocs.Select(d => (d.Doc, d.Score)));
        }
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Scoring_in_document_order_finds_the_documents_lucene_finds_out_of_order_with_scores_equal_but_for_rounding(int count)
    {
        // Out of order Lucene adds a document's word scores in another order, which can change a score's last bit.
        var words = Words.Take(count - 1).Append("zeldzaam").ToArray();
        var outOfOrder = _searcher.Search(Shape(words, plain: true), _reader.MaxDoc).ScoreDocs.OrderBy(d => d.Doc).ToList();
        var inOrder = new RememberingSearcher(_reader).Search("all", Shape(words, plain: false), query => (query, (Filter?)null), _reader.MaxDoc)
            .ScoreDocs.OrderBy(d => d.Doc).ToList();

        Assert.Equal(outOfOrder.Select(d => d.Doc), inOrder.Select(d => d.Doc));
        Assert.All(outOfOrder.Zip(inOrder), pair => Assert.Equal(pair.First.Score, pair.Second.Score, pair.First.Score * 1e-6f));
    }

    [Fact]
    public void A_hit_is_explained_with_the_score_it_was_given()
    {
        var query = Shape(["digitaal", "zeldzaam"], plain: false);
        var best = _searcher.Search(query, 3).ScoreDocs;

        Assert.All(best, hit => Assert.Equal(hit.Score, _searcher.Explain(query, hit.Doc).Value, 5));
    }

    [Fact]
    public void Postings_past_the_budget_are_forgotten_and_read_again_with_the_same_answers()
    {
        var postings = new RememberedPostings(budget: 300);
        string[] words = ["besluit", "agentschap", "digitaal"];
        var plain = Shape(words, plain: true);

        for (var round = 0; round < 3; round++)
        {
            AssertSame(plain, Shape(words, plain: false, postings), filter: null);
            // Past the budget only the term just read is held, and no term lists more than a segment's documents.
            Assert.InRange(postings.Held, 1, Math.Max(300, DocumentsPerSegment));
        }
    }

    private Query Term(string field, string word, float boost, bool plain, RememberedPostings? postings = null) =>
        plain ? new TermQuery(new Term(field, word)) { Boost = boost } : new DecodedTermQuery(new Term(field, word), postings ?? _postings) { Boost = boost };

    private Query Shape(IEnumerable<string> words, bool plain, RememberedPostings? postings = null)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
            query.Add(new DisjunctionMaxQuery(0.1f) { Term("title", word, 2f, plain, postings), Term("text", word, 1f, plain, postings) }, Occur.SHOULD);
        return query;
    }

    private void AssertSame(Query expected, Query actual, Filter? filter)
    {
        var want = _searcher.Search(expected, filter, _reader.MaxDoc);
        var got = _searcher.Search(actual, filter, _reader.MaxDoc);

        Assert.Equal(want.TotalHits, got.TotalHits);
        Assert.Equal(want.ScoreDocs.Select(d => (d.Doc, d.Score)), got.ScoreDocs.Select(d => (d.Doc, d.Score)));
    }

    // A filter's documents as a bit set, which Lucene passes to scorers as the documents they may return.
    private sealed class RandomAccessFilter(Filter filter) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var bits = new FixedBitSet(context.AtomicReader.MaxDoc);
            bits.Or(filter.GetDocIdSet(context, acceptDocs).GetIterator());
            return bits;
        }
    }
}
