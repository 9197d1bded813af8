using System.Globalization;
using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads document 001: a summary citing <c>\[n\]</c> and a <c>Referenties</c> list of entries
/// <c>**[\[n\]](themis-uri)** : **(YYYY-MM-DD)** opening words...</c>.
/// </summary>
public static partial class PublishedEvaluationReader
{
    public static PublishedEvaluation Read(SourceDocument document, Diagnostics diagnostics)
    {
        var referencesStart = document.Text.IndexOf("Referenties", StringComparison.Ordinal);
        if (referencesStart < 0)
            throw new CorpusFormatException(document.FileName, document.LineCount, "a 'Referenties' section listing the cited decisions");
        var references = new List<Reference>();
        foreach (Match entry in ReferenceEntry().Matches(document.Text, referencesStart))
        {
            DateOnly? date = null;
            if (DateOnly.TryParseExact(entry.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                date = parsed;
            else
                diagnostics.Warn(document, entry.Groups["date"].Index, $"reference [{entry.Groups["n"].Value}] has date '{entry.Groups["date"].Value}', which is not a valid YYYY-MM-DD date; it is left unknown");
            references.Add(new Reference(int.Parse(entry.Groups["n"].Value), entry.Groups["uri"].Value, date,
                entry.Groups["opening"].Value.Trim(), document.TrimmedEvidence(entry.Index, entry.Length)));
        }
        if (references.Count == 0)
            throw new CorpusFormatException(document.FileName, document.LineAt(referencesStart) + 1,
                "reference entries like '**[\\[0\\]](http://themis.vlaanderen.be/...)** : **(2020-11-27)** opening words'");
        return new PublishedEvaluation(ReadCitations(document, referencesStart), references);
    }

    private static List<Citation> ReadCitations(SourceDocument document, int end)
    {
        var citations = new List<Citation>();
        foreach (var (start, length) in SentenceSplitter.Split(document.Text, 0, end))
        for (var marker = EscapedCitation().Match(document.Text, start, length); marker.Success; marker = marker.NextMatch())
            citations.Add(new Citation(int.Parse(marker.Groups["n"].Value), document.Evidence(marker), document.Evidence(start, length)));
        return citations;
    }

    [GeneratedRegex(@"\*\*\[\\\[(?<n>\d+)\\\]\]\((?<uri>[^)\s]+)\)\*\*[ \t]*:[ \t]*\*\*\((?<date>[^)]*)\)\*\*(?<opening>[^\n]*?)(?:\.\.\.)?[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ReferenceEntry();

    [GeneratedRegex(@"\\\[(?<n>\d+)\\\]")]
    private static partial Regex EscapedCitation();
}
