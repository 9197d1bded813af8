using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads a beleidsnota (policy note) converted from PDF: its parts "II. BELEIDSVELD ..." with their
/// objectives and indicator tables, and the part "IV. BIJLAGE ..." with the planned initiatives.
/// A document without policy fields or objectives is not a policy note and is refused; damage inside
/// one (a cut table, a missing row) is a warning and the rest is kept.
/// </summary>
public static partial class PolicyNoteReader
{
    // "BELEIDSVELD I: DIGITALISERING" names the field after its number; "BELEIDSVELD INTERNE
    // DIENSTVERLENING: DE FACILITIES, ..." before its subtitle.
    [GeneratedRegex(@"^BELEIDSVELD\s+(?:[IVXLC]+\s*:\s*)?(?<name>[^:]*)")]
    private static partial Regex FieldName();

    public static PolicyNote Read(SourceDocument document, Diagnostics diagnostics)
    {
        var lines = NoteLine.All(document);
        if (lines.All(l => l.IsBlank))
            throw new CorpusFormatException(document.FileName, 1, "a policy note (beleidsnota), but the document is empty");

        var parts = Parts(lines);
        var fields = new List<PolicyField>();
        var objectives = new List<PolicyObjective>();
        var indicators = new List<PolicyIndicator>();
        foreach (var (heading, text, body) in parts.Where(p => FieldName().IsMatch(p.Text)))
        {
            var field = Field(document, heading, text);
            if (fields.Any(f => f.Key == field.Key))
            {
                diagnostics.Warn(document.FileName, heading.Number, $"policy field '{field.Key}' appears twice; the second is ignored");
                continue;
            }
            fields.Add(field);
            var reader = new PolicyFieldReader(document, diagnostics, field);
            reader.Read(body);
            objectives.AddRange(reader.Objectives);
            indicators.AddRange(reader.Indicators);
        }
        if (fields.Count == 0)
            throw new CorpusFormatException(document.FileName, 1, "a policy field heading such as 'II. BELEIDSVELD I: DIGITALISERING'");
        if (objectives.Count == 0)
            throw new CorpusFormatException(document.FileName, document.LineCount, "strategic objectives ('SD1: ...') under a BELEIDSVELD heading, but the document has none");

        var annex = parts.Where(p => p.Text.StartsWith("BIJLAGE", StringComparison.Ordinal)).ToList();
        if (annex.Count == 0)
            diagnostics.Warn(document.FileName, document.LineCount, "no annex of initiatives ('BIJLAGE') was found");
        var initiatives = new InitiativeAnnexReader(document, diagnostics, fields).Read(annex.SelectMany(p => p.Body));
        return new PolicyNote(fields, objectives, indicators, initiatives);
    }

    /// <summary>The parts of the note: each roman-numbered heading with the lines up to the next.</summary>
    private static List<(NoteLine Heading, string Text, IReadOnlyList<NoteLine> Body)> Parts(IReadOnlyList<NoteLine> lines)
    {
        var starts = lines.Select((line, index) => (line, index, match: NoteHeadings.Part().Match(line.Text)))
            .Where(s => s.match.Success).ToList();
        return starts.Select((s, i) =>
        {
            var end = i + 1 < starts.Count ? starts[i + 1].index : lines.Count;
            return (s.line, s.match.Groups["text"].Value.Trim(), (IReadOnlyList<NoteLine>)lines.Skip(s.index + 1).Take(end - s.index - 1).ToList());
        }).ToList();
    }

    private static PolicyField Field(SourceDocument document, NoteLine heading, string text)
    {
        var key = Slug.From(FieldName().Match(text).Groups["name"].Value);
        return new PolicyField(key.Length > 0 ? key : Slug.From(text), text, heading.Evidence(document));
    }
}
