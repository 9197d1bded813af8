using GraphApi.Corpus.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads <c>seeds/links/curated.yaml</c>: a list of entries with <c>decision</c>, <c>promise</c> (or
/// <c>clause</c>), <c>action</c> (add or reject), and for additions the <c>quote</c> that justifies
/// them. A malformed entry is reported with its line and skipped; the others still apply.
/// </summary>
public static class CuratedLinkReader
{
    public static IReadOnlyList<CuratedLink> Read(string fileName, string yaml, Diagnostics diagnostics)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new CorpusFormatException(fileName, (int)e.Start.Line, "a YAML list of curated links: " + (e.InnerException?.Message ?? e.Message));
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return [];
        if (stream.Documents[0].RootNode is not YamlSequenceNode entries)
            throw new CorpusFormatException(fileName, (int)stream.Documents[0].RootNode.Start.Line, "a YAML list of curated links");
        var links = new List<CuratedLink>();
        foreach (var entry in entries)
        {
            var line = (int)entry.Start.Line;
            if (entry is not YamlMappingNode fields)
            {
                diagnostics.Warn(fileName, line, "expected an entry with decision, promise and action");
                continue;
            }
            string? Field(string name) => fields.Children.TryGetValue(new YamlScalarNode(name), out var v) ? (v as YamlScalarNode)?.Value?.Trim() : null;
            var decision = Field("decision");
            var target = Field("promise") ?? Field("clause");
            var action = Field("action");
            if (decision is null || target is null)
            {
                diagnostics.Warn(fileName, line, "expected 'decision' and 'promise' (or 'clause') ids in every entry");
                continue;
            }
            if (action is not ("add" or "reject"))
            {
                diagnostics.Warn(fileName, line, $"expected action 'add' or 'reject', found '{action}'");
                continue;
            }
            var quote = Field("quote");
            if (action == "add" && string.IsNullOrWhiteSpace(quote))
            {
                diagnostics.Warn(fileName, line, "an added link needs a 'quote': the decision's words that justify it");
                continue;
            }
            links.Add(new CuratedLink(line, decision, target, action == "add", quote, Field("note")));
        }
        return links;
    }
}
