using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads the actiepunten from the sections 2.N.4 "...: hiermee willen we het verschil maken".
/// </summary>
/// <remarks>
/// An actiepunt is a paragraph of one or two lines that opens with "We", within a section and before
/// its examples ("STRATEGIE IN DE PRAKTIJK") and its paragraph on other governments ("Hoe werkt
/// Vlaanderen samen ..."). The PDF sets the actiepunten as short bold titles; the body paragraphs that
/// also open with "We" ("We ondersteunen de transformatie van de economie ...", "We verzekeren daarbij
/// altijd ...") are prose of three lines or more, and so are the side-by-side columns of the cloud
/// strategy box in 2.8.4 ("We kiezen voor een publieke We voorzien een multi-cloud ..."), which the OCR
/// runs together into one block. Examples are left out because they show what is already done, not
/// what the strategy commits to. Four titles in the same style that do not open with "We" ("Flankerend
/// AI-beleid upgraden ...") are not taken: without the "We" they cannot be told from the titles of boxes
/// and figures ("Strategische principes"). The rule finds 40 actiepunten where the introduction
/// announces 36; no reading of the sections gives 36, so the difference is reported, not forced away.
/// </remarks>
internal static partial class ActiepuntReader
{
    public static List<Actiepunt> Read(SourceDocument document, int from, int sections, Diagnostics diagnostics)
    {
        var headings = Enumerable.Range(from, document.LineCount - from + 1)
            .Where(n => SectionHeading().IsMatch(document.Line(n))).ToList();
        var actiepunten = new List<Actiepunt>();
        for (var speerpunt = 1; speerpunt <= sections; speerpunt++)
        {
            var expected = $"section 2.{speerpunt}.4 '...: hiermee willen we het verschil maken'";
            if (speerpunt > headings.Count) throw new CorpusFormatException(document.FileName, document.LineCount, expected);
            var line = headings[speerpunt - 1];
            var number = SectionNumber().Match(document.Line(line));
            if (number.Success && int.Parse(number.Groups["speerpunt"].Value) != speerpunt)
                throw new CorpusFormatException(document.FileName, line, expected);
            var next = speerpunt < headings.Count ? headings[speerpunt] : document.LineCount + 1;
            var end = Enumerable.Range(line + 1, next - line - 1).FirstOrDefault(n => SectionEnd().IsMatch(document.Line(n)), next);
            var found = ReadSection(document, speerpunt, Paragraphs.Split(document, line + 1, end - 1), diagnostics);
            if (found.Count == 0) diagnostics.Warn(document.FileName, line, $"no actiepunten ('We ...') under section 2.{speerpunt}.4");
            actiepunten.AddRange(found);
        }
        return actiepunten;
    }

    private static List<Actiepunt> ReadSection(SourceDocument document, int speerpunt, List<Paragraph> paragraphs, Diagnostics diagnostics)
    {
        var actiepunten = new List<Actiepunt>();
        var starts = paragraphs.Select((p, i) => (p, i)).Where(x => IsHeading(x.p)).Select(x => x.i).ToList();
        for (var k = 0; k < starts.Count; k++)
        {
            var heading = paragraphs[starts[k]];
            var until = k + 1 < starts.Count ? starts[k + 1] : paragraphs.Count;
            var body = paragraphs.Skip(starts[k] + 1).Take(until - starts[k] - 1).TakeWhile(IsProse).ToList();
            if (body.Count == 0) diagnostics.Warn(document.FileName, heading.FirstLine, "an actiepunt without text under it");
            // Two of the titles end in a full stop that the others lack.
            var title = OcrRepair.Apply(heading.Text).TrimEnd('.');
            actiepunten.Add(new Actiepunt(speerpunt, k + 1, title, string.Join("\n\n", body.Select(p => OcrRepair.Apply(p.Text))),
                heading.Span, body.SelectMany(p => p.Runs()).ToList()));
        }
        return actiepunten;
    }

    private static bool IsHeading(Paragraph paragraph) => paragraph.Lines.Count <= 2 && OpensWithWe().IsMatch(paragraph.Text);

    /// <summary>
    /// The text of an actiepunt ends where the page sets something else after it: a stakeholder's quote,
    /// the name under it, the title of a box or figure, or a heading that does not open with "We"
    /// ("Flankerend AI-beleid upgraden ..."). All but the quotes are short lines without a full stop.
    /// </summary>
    private static bool IsProse(Paragraph paragraph) =>
        !OpensWithQuote().IsMatch(paragraph.Text) && (paragraph.Lines.Count > 2 || EndsSentence().IsMatch(paragraph.Text));

    [GeneratedRegex(@"hiermee willen we het verschil maken", RegexOptions.IgnoreCase)]
    private static partial Regex SectionHeading();

    /// <summary>The number, with the dots the OCR sometimes drops: "2.1.4" or "2.74".</summary>
    [GeneratedRegex(@"^\s?2\.?(?<speerpunt>[1-9])\.?4\b")]
    private static partial Regex SectionNumber();

    /// <summary>Where the actiepunten stop: the examples, the other governments, or the next chapter ("2.3 DATAGEDREVEN ...").</summary>
    [GeneratedRegex(@"^\s?(?:STRATEGIE IN DE PRAKTI|Hoe werkt Vlaanderen samen|\d\.\d\s+\p{Lu}{2})")]
    private static partial Regex SectionEnd();

    [GeneratedRegex(@"^[“""„‘']")]
    private static partial Regex OpensWithQuote();

    [GeneratedRegex(@"[.!?:;”""’)]$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"^We\s")]
    private static partial Regex OpensWithWe();
}
