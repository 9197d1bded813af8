using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads the Flemish digital strategy (document 004, OCR'd from its PDF): the axes, the speerpunten
/// of section 1.2, the actiepunten of the sections 2.N.4 and the principles of section 2.9.1.
/// A part that is missing or cannot be told apart is a <see cref="CorpusFormatException"/> naming the
/// line where it was expected; lesser damage is a warning and the rest is kept.
/// </summary>
public static partial class DigitalStrategyReader
{
    private const int SpeerpuntCount = 9;

    public static DigitalStrategy Read(SourceDocument document, Diagnostics diagnostics)
    {
        var axes = ReadAxes(document);
        var (speerpunten, listEnd) = ReadSpeerpunten(document);
        // The last speerpunt ("Met oog voor maatschappelijke impact") is worked out as principles, not actiepunten.
        var actiepunten = ActiepuntReader.Read(document, listEnd + 1, SpeerpuntCount - 1, diagnostics);
        var principles = ReadPrinciples(document, actiepunten.Count > 0 ? document.LineAt(actiepunten[^1].Heading.Offset) : listEnd + 1, diagnostics);
        var stated = StatedActiepunten().Match(document.Text);
        if (stated.Success && int.Parse(stated.Groups["count"].Value) != actiepunten.Count)
            diagnostics.Warn(document, stated.Index,
                $"the introduction states {stated.Groups["count"].Value} actiepunten, the sections 2.N.4 have {actiepunten.Count}");
        return new DigitalStrategy(axes, speerpunten, actiepunten, principles);
    }

    private static List<StrategyAxis> ReadAxes(SourceDocument document)
    {
        var match = AxesSentence().Match(document.Text);
        var names = match.Groups["axis"].Captures;
        if (!match.Success || names.Count != Count(match.Groups["count"].Value))
            throw new CorpusFormatException(document.FileName, document.LineCount, "the sentence naming the axes ('op 4 assen: burger, ...')");
        return names.Select(name => new StrategyAxis(name.Value.ToLowerInvariant(), document.Evidence(name))).ToList();
    }

    private static int Count(string number) => number == "vier" ? 4 : int.Parse(number);

    private static (List<Speerpunt> Speerpunten, int LastLine) ReadSpeerpunten(SourceDocument document)
    {
        var list = DocumentLines.Find(document, 1, SpeerpuntenList())
            ?? throw new CorpusFormatException(document.FileName, document.LineCount, "the list of speerpunten ('De speerpunten zijn:')");
        // Each speerpunt is a numbered one-line heading with a single paragraph under it; after the
        // ninth the text goes on without a marker, so paragraphs are taken in pairs.
        var paragraphs = Paragraphs.Split(document, list.Line + 1, document.LineCount);
        var speerpunten = new List<Speerpunt>();
        for (var n = 1; n <= SpeerpuntCount; n++)
        {
            var i = 2 * (n - 1);
            if (i >= paragraphs.Count || !NumberedHeading.TryRead(paragraphs[i], out var number, out var title) || number != n)
                throw new CorpusFormatException(document.FileName, i < paragraphs.Count ? paragraphs[i].FirstLine : document.LineCount,
                    $"speerpunt {n} as '{n}. <title>'");
            if (i + 1 >= paragraphs.Count || NumberedHeading.TryRead(paragraphs[i + 1], out _, out _))
                throw new CorpusFormatException(document.FileName, paragraphs[i].LastLine + 1, $"the description of speerpunt {n}");
            var description = paragraphs[i + 1];
            speerpunten.Add(new Speerpunt(n, OcrRepair.Apply(title), OcrRepair.Apply(description.Text), paragraphs[i].Span, description.Runs()));
        }
        return (speerpunten, paragraphs[2 * SpeerpuntCount - 1].LastLine);
    }

    private static List<StrategyPrinciple> ReadPrinciples(SourceDocument document, int from, Diagnostics diagnostics)
    {
        var list = DocumentLines.Find(document, from, PrinciplesList())
            ?? throw new CorpusFormatException(document.FileName, document.LineCount, "the list of principles ('Dit zijn de 10 principes ...')");
        var expected = int.Parse(list.Match.Groups["count"].Value);
        var found = new List<(int Number, string Title, Paragraph Heading, List<Paragraph> Body)>();
        foreach (var paragraph in Paragraphs.Split(document, list.Line + 1, document.LineCount))
        {
            if (NumberedHeading.TryRead(paragraph, out var number, out var title) && number > (found.Count > 0 ? found[^1].Number : 0) && number <= expected)
                found.Add((number, title, paragraph, []));
            else if (ClosingOfPrinciples().IsMatch(paragraph.Text))
                break;
            else if (found.Count > 0)
                found[^1].Body.Add(paragraph);
        }
        foreach (var missing in Enumerable.Range(1, expected).Except(found.Select(f => f.Number)))
            diagnostics.Warn(document.FileName, found.FirstOrDefault(f => f.Number > missing).Heading?.FirstLine ?? document.LineCount,
                $"principle {missing} of {expected} not found");
        return found.Select(f => new StrategyPrinciple(f.Number, OcrRepair.Apply(f.Title),
            string.Join("\n\n", f.Body.Select(p => OcrRepair.Apply(p.Text))), f.Heading.Span, f.Body.SelectMany(p => p.Runs()).ToList())).ToList();
    }

    [GeneratedRegex(@"\b(?<count>\d{1,2}|vier)\s+assen:\s*(?:(?<axis>\p{L}+)(?:\s*,\s*|\s+en\s+))*(?<axis>\p{L}+)\s*\.")]
    private static partial Regex AxesSentence();

    [GeneratedRegex(@"speerpunten\s+zijn\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex SpeerpuntenList();

    [GeneratedRegex(@"Dit zijn de (?<count>\d{1,2}) principes")]
    private static partial Regex PrinciplesList();

    /// <summary>The list ends with a paragraph on the principles together ("deze basisprincipes respecteren").</summary>
    [GeneratedRegex(@"\bdeze\s+(?:basis)?principes\b")]
    private static partial Regex ClosingOfPrinciples();

    [GeneratedRegex(@"(?<count>\d{1,3})\s+actiepunten")]
    private static partial Regex StatedActiepunten();
}
