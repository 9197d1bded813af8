using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// Walks one term's <see cref="DecodedPostings"/> in document order, skipping documents the search does not accept
/// (a label filter), and scores each with Lucene's similarity.
/// </summary>
internal sealed class DecodedTermScorer(Weight weight, DecodedPostings postings, IBits? accepted, Similarity.SimScorer scores) : Scorer(weight)
{
    private int _at = -1;
    private int _doc = -1;

    public override int DocID => _doc;

    public override int Freq => postings.Freqs[_at];

    public override float GetScore() => scores.Score(_doc, postings.Freqs[_at]);

    public override int NextDoc() => MoveTo(_at + 1);

    public override int Advance(int target)
    {
        if (_doc == NO_MORE_DOCS) return _doc;
        var from = _at + 1;
        var found = Array.BinarySearch(postings.Docs, from, postings.Docs.Length - from, target);
        return MoveTo(found >= 0 ? found : ~found);
    }

    public override long GetCost() => postings.Docs.Length;

    private int MoveTo(int at)
    {
        var docs = postings.Docs;
        while (at < docs.Length && accepted is not null && !accepted.Get(docs[at])) at++;
        _at = at;
        return _doc = at < docs.Length ? docs[at] : NO_MORE_DOCS;
    }
}
