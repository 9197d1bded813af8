using GraphApi.Corpus.Documents;
using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>One line of a note with where it starts; the readers work line by line because the PDF conversion kept one paragraph, heading or table row per line.</summary>
internal sealed record NoteLine(int Number, int Offset, string Text)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text);

    public static IReadOnlyList<NoteLine> All(SourceDocument document) =>
        Enumerable.Range(1, document.LineCount)
            .Select(n => new NoteLine(n, document.LineStart(n), document.Line(n).TrimEnd('\r')))
            .ToList();

    public Evidence Evidence(SourceDocument document) => document.TrimmedEvidence(Offset, Text.Length);

    /// <summary>The span from the start of the first line to the end of the last, without surrounding white space.</summary>
    public static Evidence Span(SourceDocument document, IReadOnlyList<NoteLine> lines) =>
        document.TrimmedEvidence(lines[0].Offset, lines[^1].Offset + lines[^1].Text.Length - lines[0].Offset);
}
