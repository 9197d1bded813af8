using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;

namespace GraphApi.Corpus.Readers;

/// <summary>Finds the line that marks where a part of a document starts.</summary>
internal static class DocumentLines
{
    /// <summary>The first line at or after <paramref name="from"/> that matches, with the match; null when none does.</summary>
    public static (int Line, Match Match)? Find(SourceDocument document, int from, Regex pattern)
    {
        for (var n = from; n <= document.LineCount; n++)
        {
            var match = pattern.Match(document.Line(n));
            if (match.Success) return (n, match);
        }
        return null;
    }
}
