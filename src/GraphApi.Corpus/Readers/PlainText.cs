using System.Net;
using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Readers;

/// <summary>Turns the HTML fragments and page-broken paragraphs of a converted PDF into plain text.</summary>
internal static partial class PlainText
{
    [GeneratedRegex(@"</?(?:p|ul|ol|li|br|div|table|tr|td)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    // Only tag-shaped text, so that "<https://...>" links stay.
    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"[ \t\u00A0]+")]
    private static partial Regex Spaces();

    public static string FromHtml(string html)
    {
        var text = WebUtility.HtmlDecode(InlineTag().Replace(BlockTag().Replace(html, "\n"), ""));
        return string.Join("\n", text.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0));
    }

    /// <summary>
    /// Paragraphs separated by a blank line. A paragraph that starts in lower case is the rest of the
    /// previous one, cut by a page break of the PDF, and is joined to it.
    /// </summary>
    public static string Paragraphs(IEnumerable<string> lines)
    {
        var paragraphs = new List<string>();
        foreach (var line in lines.Select(FromHtml).Where(l => l.Length > 0))
        {
            if (paragraphs.Count > 0 && char.IsLower(line[0])) paragraphs[^1] += " " + line;
            else paragraphs.Add(line);
        }
        return string.Join("\n\n", paragraphs);
    }
}
