using GraphApi.Corpus;
using Spectre.Console;

namespace GraphApi.Commands;

/// <summary>The counts of an ingest as a table: nodes per label, then relationships per type.</summary>
public static class IngestSummary
{
    public static IEnumerable<(string Kind, string Name, int Count)> Counts(IngestResult result) =>
        result.Graph.Nodes.GroupBy(n => n.Label).Select(g => ("node", g.Key, g.Count()))
            .OrderBy(c => c.Item2, StringComparer.Ordinal)
            .Concat(result.Graph.Relationships.GroupBy(r => r.Type).Select(g => ("relationship", g.Key, g.Count()))
                .OrderBy(c => c.Item2, StringComparer.Ordinal));

    public static Table Table(IngestResult result)
    {
        var table = new Table().AddColumn("kind").AddColumn("name").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (kind, name, count) in Counts(result))
            table.AddRow(kind, name, count.ToString());
        table.AddRow("", "warnings", result.Diagnostics.Count.ToString());
        return table;
    }
}
