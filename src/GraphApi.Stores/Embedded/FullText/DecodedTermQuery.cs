using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// A term query that scores from <see cref="RememberedPostings"/> instead of Lucene's postings readers, for the terms
/// those take (<see cref="RememberedPostings.Takes"/>); a more common term is scored by Lucene's own term query.
/// Statistics, normalisation and the similarity's score per document are Lucene's, computed as its
/// <see cref="TermQuery"/> does, so hits and scores are the same either way.
/// </summary>
internal sealed class DecodedTermQuery(Term term, RememberedPostings postings) : TermQuery(term)
{
    public override Weight CreateWeight(IndexSearcher searcher) => new DecodedTermWeight(this, searcher, postings);

    private sealed class DecodedTermWeight : Weight
    {
        private readonly DecodedTermQuery _query;
        private readonly RememberedPostings _postings;
        private readonly TermContext _states;
        private readonly Similarity _similarity;
        private readonly Similarity.SimWeight _stats;
        // Lucene's weight for the same term: it scores the term when it is not decoded, and explains.
        private readonly Weight _lucene;
        private readonly bool _decoded;

        public DecodedTermWeight(DecodedTermQuery query, IndexSearcher searcher, RememberedPostings postings)
        {
            (_query, _postings) = (query, postings);
            _states = TermContext.Build(searcher.TopReaderContext, query.Term);
            _similarity = searcher.Similarity;
            _stats = _similarity.ComputeWeight(query.Boost, searcher.CollectionStatistics(query.Term.Field), searcher.TermStatistics(query.Term, _states));
            _lucene = new TermQuery(query.Term, _states) { Boost = query.Boost }.CreateWeight(searcher);
            _decoded = postings.Takes(_states.DocFreq);
        }

        public override Query Query => _query;

        public override float GetValueForNormalization() => _stats.GetValueForNormalization();

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            _stats.Normalize(queryNorm, topLevelBoost);
            _lucene.Normalize(queryNorm, topLevelBoost);
        }

        public override Scorer? GetScorer(AtomicReaderContext context, IBits? acceptDocs)
        {
            if (!_decoded) return _lucene.GetScorer(context, acceptDocs);
            // No state: the term is not in this segment.
            var state = _states.Get(context.Ord);
            if (state is null) return null;
            return new DecodedTermScorer(this, _postings.Of(context, _query.Term, state), acceptDocs, _similarity.GetSimScorer(_stats, context));
        }

        public override Explanation Explain(AtomicReaderContext context, int doc) => _lucene.Explain(context, doc);
    }
}
