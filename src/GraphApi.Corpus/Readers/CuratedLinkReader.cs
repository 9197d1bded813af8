using GraphApi.Corpus.Documents;
using GraphApi.Graph;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// Reads <c>seeds/links/curated.yaml</c>: a list of entries with <c>decision</c>, <c>promise</c> (or
/// <c>clause</c>), <c>action</c> (add or reject), and for additions the <c>quote</c> that justifies
/// them, optionally a <c>stance</c> (supports or contradicts) with the <c>reason</c> for it. A
/// malformed entry is reported with its line and skipped; the others still apply. A stance without
/// a reason is an error: a verdict against a promise must say why.
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
            var stance = Field("stance");
            var reason = Field("reason");
            if (stance is not null && action == "add")
            {
                if (stance is not (FulfilStance.Supports or FulfilStance.Contradicts))
                {
                    diagnostics.Error(new CorpusFormatException(fileName, line, $"stance '{FulfilStance.Supports}' or '{FulfilStance.Contradicts}', found '{stance}'; this link is not loaded"));
                    continue;
                }
                if (string.IsNullOrWhiteSpace(reason))
                {
                    diagnostics.Error(new CorpusFormatException(fileName, line, $"a 'reason' with the stance '{stance}' of {decision} -> {target}: why the decision points that way; this link is not loaded"));
                    continue;
                }
            }
            links.Add(new CuratedLink(line, decision, target, action == "add", quote, Field("note"), stance, reason));
        }
        return links;
    }
}
