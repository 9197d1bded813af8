using System.Globalization;
using System.Text;
using CsvHelper.Configuration;

namespace GraphApi.Graph.Export;

/// <summary>
/// Writes the graph as CSV for spreadsheets and Gephi: one file per node label (<c>id</c>, then every
/// property any node of the label has, then <c>sources</c>) and one per relationship type (<c>id</c>,
/// <c>start</c>, <c>end</c>, its properties, <c>sources</c>), so that <c>start</c> and <c>end</c> join the
/// <c>id</c> of the node files. UTF-8 without a byte order mark, one header row, RFC 4180 quoting and CRLF,
/// written by CsvHelper.
/// </summary>
public static class CsvWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Quoted only when RFC 4180 needs it; CsvHelper would also quote a cell with spaces at either end, which a
    // spreadsheet reads the same either way, and the files would no longer be what earlier exports were.
    private static readonly CsvConfiguration Rfc4180 = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
        ShouldQuote = args => args.Field is { } field && field.AsSpan().IndexOfAny(",\"\r\n") >= 0,
    };

    public static IReadOnlyList<string> Labels(KnowledgeGraph graph) =>
        graph.Nodes.Select(n => n.Label).Distinct().Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> Types(KnowledgeGraph graph) =>
        graph.Relationships.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Every file, named <c>nodes/LABEL.csv</c> and <c>relationships/TYPE.csv</c>, opened through <paramref name="open"/>.</summary>
    public static void WriteAll(KnowledgeGraph graph, Func<string, Stream> open)
    {
        foreach (var label in Labels(graph))
            using (var stream = open($"nodes/{label}.csv")) WriteNodes(graph, label, stream);
        foreach (var type in Types(graph))
            using (var stream = open($"relationships/{type}.csv")) WriteRelationships(graph, type, stream);
    }

    public static void WriteNodes(KnowledgeGraph graph, string label, Stream output)
    {
        var nodes = graph.Nodes.Where(n => n.Label == label).ToList();
        var properties = PropertyNames(nodes.Select(n => n.Properties));
        using var writer = Writer(output);
        WriteRow(writer, ["id", .. properties, "sources"]);
        foreach (var node in nodes)
            WriteRow(writer, [node.Id, .. properties.Select(p => PropertyText.Of(node.Properties.GetValueOrDefault(p))), PropertyText.Of(node.Sources)]);
    }

    public static void WriteRelationships(KnowledgeGraph graph, string type, Stream output)
    {
        var relationships = graph.Relationships.Where(r => r.Type == type).ToList();
        var properties = PropertyNames(relationships.Select(r => r.Properties));
        using var writer = Writer(output);
        WriteRow(writer, ["id", "start", "end", .. properties, "sources"]);
        foreach (var relationship in relationships)
            WriteRow(writer, [relationship.Id, relationship.Start, relationship.End,
                .. properties.Select(p => PropertyText.Of(relationship.Properties.GetValueOrDefault(p))), PropertyText.Of(relationship.Sources)]);
    }

    private static List<string> PropertyNames(IEnumerable<IReadOnlyDictionary<string, object?>> properties) =>
        properties.SelectMany(p => p.Keys).Distinct().Order(StringComparer.Ordinal).ToList();

    private static CsvHelper.CsvWriter Writer(Stream output) => new(new StreamWriter(output, Utf8, leaveOpen: true), Rfc4180);

    private static void WriteRow(CsvHelper.CsvWriter writer, IEnumerable<string> cells)
    {
        foreach (var cell in cells)
            writer.WriteField(cell);
        writer.NextRecord();
    }
}
