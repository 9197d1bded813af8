using GraphApi.Corpus.Documents;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads one prestatie-indicator table: rows "label TAB value" from "Benaming" on. A line that starts
/// with a tab, even after a blank line, continues the value above it (a table cell cut by a page break).
/// </summary>
internal sealed class IndicatorTableReader(SourceDocument document, Diagnostics diagnostics, string field)
{
    private const string Name = "Benaming";
    private const string Definition = "Definitie";
    private const string LastKnownValue = "Laatste gekende waarde";
    private const string TargetValue = "Streefwaarde";
    private const string PolicyRelevance = "Beleidsmatige relevantie";
    private const string Relevance = "Relevantie";
    private const string BudgetRelevance = "Budgettaire relevantie";

    private static readonly string[] KnownLabels = [Name, Definition, LastKnownValue, TargetValue, PolicyRelevance, Relevance, BudgetRelevance];

    public static bool Starts(NoteLine line) => line.Text.StartsWith(Name + "\t", StringComparison.Ordinal);

    /// <summary>The indicator (null when its table has no name) and the index of the first line after the table.</summary>
    public (PolicyIndicator? Indicator, int Next) Read(IReadOnlyList<NoteLine> lines, int start, NoteLine? section)
    {
        var rows = new List<(string Label, List<NoteLine> Lines)>();
        var next = start;
        for (var i = start; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsBlank) continue;
            if (i > start && Starts(line)) break;
            if (line.Text.StartsWith('\t') && rows.Count > 0)
                rows[^1].Lines.Add(line);
            else if (NoteHeadings.TableRow().Match(line.Text) is { Success: true } row)
                rows.Add((row.Groups["label"].Value.Trim(), [line]));
            else
                break;
            next = i + 1;
        }
        return (Build(rows.Select(r => Row(r.Label, r.Lines)).ToList(), section), next);
    }

    private IndicatorRow Row(string label, IReadOnlyList<NoteLine> lines)
    {
        var raw = string.Join("\n", lines.Select(l => l.Text[(l.Text.IndexOf('\t') + 1)..]));
        return new IndicatorRow(label, PlainText.FromHtml(raw), NoteLine.Span(document, lines));
    }

    private PolicyIndicator? Build(IReadOnlyList<IndicatorRow> rows, NoteLine? section)
    {
        var name = rows[0].Value;
        if (name.Length == 0)
        {
            diagnostics.Warn(document, rows[0].Source.Offset, "an indicator table without a name (Benaming) is ignored");
            return null;
        }
        foreach (var row in rows.Where(r => !KnownLabels.Contains(r.Label, StringComparer.OrdinalIgnoreCase)))
            diagnostics.Warn(document, row.Source.Offset, $"indicator '{name}' has an unknown row '{row.Label}'");
        foreach (var row in rows.GroupBy(r => r.Label, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Last()))
            diagnostics.Warn(document, row.Source.Offset, $"indicator '{name}' has a second '{row.Label}' row; the first is used");

        string? Value(string label) =>
            rows.FirstOrDefault(r => string.Equals(r.Label, label, StringComparison.OrdinalIgnoreCase))?.Value is { Length: > 0 } value ? value : null;

        var relevance = Value(PolicyRelevance) ?? Value(Relevance);
        // The last known value is missing where an indicator has not been measured yet; that is no damage.
        foreach (var (label, value) in new[] { (Definition, Value(Definition)), (TargetValue, Value(TargetValue)), (PolicyRelevance, relevance) })
            if (value is null) diagnostics.Warn(document, rows[^1].Source.Offset, $"indicator '{name}' has no '{label}'");

        var text = rows.Skip(1).ToList();
        return new PolicyIndicator(
            field,
            section?.Text.Trim(),
            section?.Evidence(document),
            name,
            Value(Definition),
            Value(LastKnownValue),
            Value(TargetValue),
            relevance,
            Value(BudgetRelevance),
            rows,
            text.SelectMany(References).ToList(),
            text.SelectMany(AgreementQuotes).ToList());
    }

    private IEnumerable<ObjectiveReference> References(IndicatorRow row) =>
        NoteHeadings.ObjectiveReference().Matches(row.Source.Quote).Select(m =>
            new ObjectiveReference(NoteHeadings.Number(m), document.TrimmedEvidence(row.Source.Offset + m.Index, m.Length)));

    private IEnumerable<AgreementQuote> AgreementQuotes(IndicatorRow row) =>
        NoteHeadings.AgreementQuote().Matches(row.Source.Quote).Select(m => m.Groups["quote"]).Select(q =>
            new AgreementQuote(PlainText.FromHtml(q.Value), document.TrimmedEvidence(row.Source.Offset + q.Index, q.Length)));
}
