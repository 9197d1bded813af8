using System.Collections;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GraphApi.Graph.Export;

/// <summary>
/// Property values as text for the flat exports (CSV, GraphML): numbers in invariant culture, so that a
/// spreadsheet in any locale reads the same figure, and lists and evidence as JSON, which keeps every
/// element apart whatever it contains.
/// </summary>
public static class PropertyText
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        int or long or decimal => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IEnumerable items => JsonSerializer.Serialize(items.Cast<object?>().Select(Of), Json),
        _ => throw new NotSupportedException($"Property value of type {value.GetType().Name} cannot be exported."),
    };

    /// <summary>The evidence as a JSON list of <c>{document, offset, quote}</c>.</summary>
    public static string Of(IReadOnlyList<Evidence> sources) =>
        JsonSerializer.Serialize(sources.Select(s => new { document = s.Document, offset = s.Offset, quote = s.Quote }), Json);

    /// <summary>What a person would call the node: its name, title or number, else its id.</summary>
    public static string DisplayName(Node node) =>
        node.Get<string>("name") ?? node.Get<string>("title") ?? node.Get<string>("number") ?? node.Id;
}
