using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;

namespace GraphApi.Corpus.Readers;

/// <summary>Cuts the lines of an OCR'd PDF into paragraphs, undoing the breaks the page layout adds.</summary>
internal static partial class Paragraphs
{
    /// <summary>The paragraphs of lines <paramref name="first"/> to <paramref name="last"/> (1-based, inclusive).</summary>
    public static List<Paragraph> Split(SourceDocument document, int first, int last)
    {
        var paragraphs = new List<Paragraph>();
        var current = new List<int>();
        var afterBreak = false;
        for (var n = first; n <= last; n++)
        {
            var line = document.Line(n);
            if (string.IsNullOrWhiteSpace(line) || Footer().IsMatch(line))
            {
                afterBreak = true;
                continue;
            }
            // The OCR marks a new page with a leading space; and it leaves blank lines in the middle of
            // sentences, so only a break before a line that does not go on in lower case ends a paragraph.
            var startsNew = (afterBreak || line.StartsWith(' ')) && !char.IsLower(line.TrimStart()[0]);
            if (startsNew && current.Count > 0)
            {
                paragraphs.Add(new Paragraph(document, current));
                current = [];
            }
            current.Add(n);
            afterBreak = false;
        }
        if (current.Count > 0) paragraphs.Add(new Paragraph(document, current));
        return paragraphs;
    }

    /// <summary>The running footer of every page: a slash, the Flemish lion and "verbeelding werkt" with the page number.</summary>
    [GeneratedRegex(@"^\s*(?:/|/\(.*Vlaanderen|\(\s*verbeelding werkt.*)\s*$")]
    private static partial Regex Footer();
}
