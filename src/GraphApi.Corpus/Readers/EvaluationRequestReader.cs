using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads document 000: after <c>PROMPT:</c> a line <c>Regeerakkoord: 3.2.3 title text</c>, then
/// <c>Beslissingen: 0 - title   body</c> and one decision per line, then after <c>RESPONSE:</c>
/// a markdown evaluation citing decisions as <c>[n]</c>.
/// </summary>
public static partial class EvaluationRequestReader
{
    public static EvaluationRequest Read(SourceDocument document, Diagnostics diagnostics)
    {
        var clause = ReadClause(document);
        var decisions = ReadDecisions(document, diagnostics);
        var response = document.Text.IndexOf("\nRESPONSE:", StringComparison.Ordinal);
        if (response < 0)
        {
            diagnostics.Warn(document.FileName, document.LineCount,
                "expected a 'RESPONSE:' line with the evaluation after the decisions, but the file ends first; the evaluation is left out");
            return new EvaluationRequest(clause, decisions, null, null, []);
        }
        var textStart = response + "\nRESPONSE:".Length;
        var evaluation = document.TrimmedEvidence(textStart, document.Text.Length - textStart);
        var title = Heading().Match(document.Text, textStart);
        return new EvaluationRequest(clause, decisions,
            title.Success ? document.Evidence(title.Groups["title"]) : null,
            evaluation,
            ReadCitations(document, textStart, decisions, diagnostics));
    }

    private static ClauseText ReadClause(SourceDocument document)
    {
        var match = ClauseLine().Match(document.Text);
        if (!match.Success)
            throw new CorpusFormatException(document.FileName, 1, "a line 'Regeerakkoord: <number> <title> <text>' with the clause to evaluate");
        var rest = match.Groups["rest"];
        var firstSentence = SentenceOpening().Match(rest.Value);
        var titleLength = firstSentence.Success ? firstSentence.Index : 0;
        var number = match.Groups["number"];
        return new ClauseText(
            number.Value,
            rest.Value[..titleLength].Trim(),
            document.TrimmedEvidence(number.Index, rest.Index + titleLength - number.Index),
            document.TrimmedEvidence(rest.Index + titleLength, rest.Length - titleLength));
    }

    private static List<DecisionText> ReadDecisions(SourceDocument document, Diagnostics diagnostics)
    {
        var header = DecisionsHeader().Match(document.Text);
        if (!header.Success)
            throw new CorpusFormatException(document.FileName, document.LineAt(ClauseLine().Match(document.Text).Index) + 1,
                "a line starting 'Beslissingen: 0 - ' with the first decision");
        var decisions = new List<DecisionText>();
        var line = document.LineAt(header.Index);
        var offset = header.Index + header.Length;
        while (true)
        {
            var lineEnd = document.Text.IndexOf('\n', offset);
            if (lineEnd < 0) lineEnd = document.Text.Length;
            var entry = DecisionEntry().Match(document.Text[offset..lineEnd]);
            if (!entry.Success) break;
            var number = int.Parse(entry.Groups["number"].Value);
            var expected = decisions.Count == 0 ? 0 : decisions[^1].SourceIndex + 1;
            if (number != expected)
                diagnostics.Warn(document.FileName, line, $"expected decision {expected} but found decision {number}");
            decisions.Add(ReadDecision(document, number, offset + entry.Groups["text"].Index, entry.Groups["text"].Length, diagnostics));
            if (lineEnd >= document.Text.Length) break;
            offset = lineEnd + 1;
            line++;
        }
        return decisions;
    }

    private static DecisionText ReadDecision(SourceDocument document, int number, int start, int length, Diagnostics diagnostics)
    {
        var text = document.Text.Substring(start, length);
        var split = TitleBodySeparator().Match(text);
        if (!split.Success)
        {
            diagnostics.Warn(document, start, $"decision {number} has no body text after its title (expected two or more spaces between title and body)");
            return new DecisionText(number, document.TrimmedEvidence(start, length), null);
        }
        var title = document.TrimmedEvidence(start, split.Index);
        var bodyStart = start + split.Index + split.Length;
        var bodyLength = start + length - bodyStart;
        var body = text[(split.Index + split.Length)..].Trim().Length == 0 ? null : document.TrimmedEvidence(bodyStart, bodyLength);
        return new DecisionText(number, title, body);
    }

    private static List<Citation> ReadCitations(SourceDocument document, int start, List<DecisionText> decisions, Diagnostics diagnostics)
    {
        var known = decisions.Select(d => d.SourceIndex).ToHashSet();
        var citations = new List<Citation>();
        foreach (var (sentenceStart, sentenceLength) in SentenceSplitter.Split(document.Text, start, document.Text.Length - start))
        for (var marker = CitationMarker().Match(document.Text, sentenceStart, sentenceLength); marker.Success; marker = marker.NextMatch())
        {
            var number = int.Parse(marker.Groups["n"].Value);
            if (!known.Contains(number))
                diagnostics.Warn(document, marker.Index, $"the evaluation cites [{number}], but there is no decision {number}");
            citations.Add(new Citation(number, document.Evidence(marker), document.Evidence(sentenceStart, sentenceLength)));
        }
        return citations;
    }

    [GeneratedRegex(@"^[ \t]*Regeerakkoord:[ \t]*(?<number>\d+(?:\.\d+)*)[ \t]+(?<rest>[^\n]*?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex ClauseLine();

    // The clause's heading ("ICT en Informatie Programma Vlaanderen Radicaal Digitaal II") runs into
    // its first sentence without punctuation; that sentence opens with a determiner or pronoun
    // right after a capitalised heading word.
    [GeneratedRegex(@"(?<=(?:\p{Lu}\S*|\d+)\s)(?:Deze|De|Het|We|Wij|Dit|Onze|In|Om)\s")]
    private static partial Regex SentenceOpening();

    [GeneratedRegex(@"^[ \t]*Beslissingen:[ \t]*", RegexOptions.Multiline)]
    private static partial Regex DecisionsHeader();

    [GeneratedRegex(@"^(?<number>\d+) - (?<text>.*)$")]
    private static partial Regex DecisionEntry();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex TitleBodySeparator();

    [GeneratedRegex(@"^# +(?<title>[^\n]+)$", RegexOptions.Multiline)]
    private static partial Regex Heading();

    [GeneratedRegex(@"\[(?<n>\d+)\]")]
    private static partial Regex CitationMarker();
}
