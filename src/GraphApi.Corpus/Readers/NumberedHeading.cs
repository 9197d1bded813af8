using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Readers;

/// <summary>A one-line numbered heading such as "1. Inclusieve toegang" or, with the dot lost to the OCR, "10 Digitale duurzaamheid".</summary>
internal static partial class NumberedHeading
{
    public static bool TryRead(Paragraph paragraph, out int number, out string title)
    {
        var match = paragraph.Lines.Count == 1 ? Pattern().Match(paragraph.Text) : Match.Empty;
        number = match.Success ? int.Parse(match.Groups["number"].Value) : 0;
        title = match.Success ? match.Groups["title"].Value : "";
        return match.Success;
    }

    [GeneratedRegex(@"^(?<number>\d{1,2})\.?\s+(?<title>\p{L}.*)$")]
    private static partial Regex Pattern();
}
