using GraphApi.Corpus.Documents;
using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// A paragraph of an OCR'd document: the 1-based numbers of its text lines, with page furniture
/// (running footers) left out even where a paragraph runs across a page.
/// </summary>
internal sealed class Paragraph(SourceDocument document, IReadOnlyList<int> lines)
{
    public IReadOnlyList<int> Lines { get; } = lines;

    public int FirstLine => Lines[0];

    public int LastLine => Lines[^1];

    /// <summary>The lines joined into one, without the breaks the page layout put in.</summary>
    public string Text =>
        Lines.Select(n => document.Line(n).Trim()).Aggregate((text, line) =>
            // A line that ends in a hyphen breaks a compound (AI-\nwetgeving), not two words.
            text.EndsWith('-') ? text + line : text + " " + line);

    /// <summary>Evidence for the whole paragraph, from its first to its last line.</summary>
    public Evidence Span => Between(FirstLine, LastLine);

    /// <summary>
    /// Evidence for the paragraph, one piece per run of lines not interrupted by page furniture,
    /// so that no quote contains a footer.
    /// </summary>
    public IReadOnlyList<Evidence> Runs()
    {
        var runs = new List<(int First, int Last)>();
        foreach (var line in Lines)
        {
            if (runs.Count > 0 && OnlyBlankBetween(runs[^1].Last, line)) runs[^1] = (runs[^1].First, line);
            else runs.Add((line, line));
        }
        return runs.Select(run => Between(run.First, run.Last)).ToList();
    }

    private Evidence Between(int first, int last)
    {
        var start = document.LineStart(first);
        var end = document.LineStart(last) + document.Line(last).Length;
        return document.TrimmedEvidence(start, end - start);
    }

    private bool OnlyBlankBetween(int first, int last) =>
        Enumerable.Range(first + 1, last - first - 1).All(n => string.IsNullOrWhiteSpace(document.Line(n)));
}
