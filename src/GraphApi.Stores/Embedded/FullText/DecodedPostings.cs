using Lucene.Net.Index;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// One term's documents and frequencies in one index segment, read out of Lucene's postings once. The index never
/// changes, so these arrays serve every later search; Lucene would otherwise open a terms enumerator and a block
/// postings reader (several kilobytes of buffers) per field and per search.
/// </summary>
internal sealed class DecodedPostings
{
    private DecodedPostings(int[] docs, int[] freqs) => (Docs, Freqs) = (docs, freqs);

    /// <summary>Segment-local document numbers, ascending.</summary>
    public int[] Docs { get; }

    /// <summary>How often the term occurs in the document at the same position of <see cref="Docs"/>.</summary>
    public int[] Freqs { get; }

    public static DecodedPostings Read(AtomicReader segment, Term term, TermState state)
    {
        var terms = segment.GetTerms(term.Field).GetEnumerator();
        terms.SeekExact(term.Bytes, state);
        var docFreq = terms.DocFreq;
        // No live-docs filter: documents are never deleted from this index, and the scorer applies what a search accepts.
        var postings = terms.Docs(null, null, DocsFlags.FREQS);
        var docs = new int[docFreq];
        var freqs = new int[docFreq];
        var count = 0;
        for (var doc = postings.NextDoc(); doc != DocsEnum.NO_MORE_DOCS; doc = postings.NextDoc())
            (docs[count], freqs[count++]) = (doc, postings.Freq);
        if (count != docFreq) throw new InvalidOperationException($"The postings of {term} list {count} documents, the term dictionary {docFreq}.");
        return new DecodedPostings(docs, freqs);
    }
}
