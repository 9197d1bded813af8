using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads the objectives and indicator tables of one beleidsveld. An objective's heading is followed by
/// its paragraphs up to the next heading of any kind; an OD belongs to the SD with its first number.
/// </summary>
internal sealed class PolicyFieldReader(SourceDocument document, Diagnostics diagnostics, PolicyField field)
{
    private readonly List<PolicyObjective> _objectives = [];
    private readonly List<PolicyIndicator> _indicators = [];
    private readonly List<(int Depth, NoteLine Line, string Text)> _headings = [];
    private (NoteLine Heading, Match Match, List<NoteLine> Body)? _open;

    public IReadOnlyList<PolicyObjective> Objectives => _objectives;
    public IReadOnlyList<PolicyIndicator> Indicators => _indicators;

    public void Read(IReadOnlyList<NoteLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (NoteHeadings.Objective().Match(line.Text) is { Success: true } objective)
            {
                Close();
                _open = (line, objective, []);
            }
            else if (NoteHeadings.Numbered().Match(line.Text) is { Success: true } numbered)
            {
                Close();
                var depth = numbered.Groups["number"].Value.Split('.').Length;
                _headings.RemoveAll(h => h.Depth >= depth);
                _headings.Add((depth, line, numbered.Groups["text"].Value));
            }
            else if (IndicatorTableReader.Starts(line))
            {
                Close();
                var (indicator, next) = new IndicatorTableReader(document, diagnostics, field.Key).Read(lines, i, IndicatorSection());
                if (indicator is not null) AddIndicator(indicator);
                i = next - 1;
            }
            else if (line.Text.Contains('\t'))
                diagnostics.Warn(document.FileName, line.Number, "a table row outside an indicator table is ignored");
            else
                _open?.Body.Add(line);
        }
        Close();
    }

    /// <summary>The ISE ("inhoudelijk structurelement") heading, e.g. "4. ISE: Facilities".</summary>
    private NoteLine? Ise() =>
        _headings.FirstOrDefault(h => h.Depth == 1 && h.Text.StartsWith("ISE", StringComparison.OrdinalIgnoreCase)).Line;

    // Indicators are grouped under sub-sections of "3.1. Prestatie-indicatoren" (3.1.1. Digitaal
    // Vlaanderen ...) or, where an ISE has only a few, directly under it.
    private NoteLine? IndicatorSection() => _headings.Count > 0 && _headings[^1].Depth >= 3 ? _headings[^1].Line : Ise();

    private void AddIndicator(PolicyIndicator indicator)
    {
        if (_indicators.Any(i => i.Name == indicator.Name))
            diagnostics.Warn(document, indicator.NameSource.Offset, $"indicator '{indicator.Name}' appears twice in {field.Key}; the second is ignored");
        else
            _indicators.Add(indicator);
    }

    private void Close()
    {
        if (_open is not { } open) return;
        _open = null;
        var (heading, match, body) = open;
        var number = NoteHeadings.Number(match);
        if (_objectives.Any(o => o.Number == number))
        {
            diagnostics.Warn(document.FileName, heading.Number, $"{number} appears twice in {field.Key}; the second is ignored");
            return;
        }
        var kind = number.StartsWith("SD") ? ObjectiveKind.Strategic : ObjectiveKind.Operational;
        string? parent = null;
        if (kind == ObjectiveKind.Operational)
        {
            parent = "SD" + match.Groups["major"].Value;
            if (_objectives.All(o => o.Number != parent))
            {
                diagnostics.Warn(document.FileName, heading.Number, $"{number} in {field.Key} comes before any {parent}");
                parent = null;
            }
        }
        if (body.Count == 0) diagnostics.Warn(document.FileName, heading.Number, $"{number} in {field.Key} has a heading but no text");
        var title = match.Groups["title"];
        _objectives.Add(new PolicyObjective(
            field.Key, number, kind, parent,
            PlainText.FromHtml(title.Value),
            PlainText.Paragraphs(body.Select(l => l.Text)),
            Ise() is { } ise ? ise.Text.Trim() : null,
            heading.Evidence(document),
            document.TrimmedEvidence(heading.Offset + title.Index, title.Length),
            body.Count > 0 ? NoteLine.Span(document, body) : null));
    }
}
