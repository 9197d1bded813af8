using GraphApi.Graph;
using GraphApi.Schema.Extensions;
using GraphApi.Schema.Loading;
using GraphApi.Stores;
using GraphApi.Stores.Filters;

namespace GraphApi.Schema.Names;

/// <summary>
/// Checks names and ids a user typed against the graph, and finds the closest names when they match nothing.
/// Bounded in store calls: the names of one label asked for in a request are checked with one store call
/// (cached for the request), and suggestions come from the organisations, programmes and building blocks, one
/// store call per label. Those are the curated vocabulary (<c>seeds/vocabulary/</c>), whose size does not grow
/// with the corpus; the numbered nodes (decisions, promises, budgets ...) are not scanned for suggestions.
/// </summary>
public static class KnownNames
{
    /// <summary>The labels whose nodes carry names and aliases users type, searched for suggestions.</summary>
    public static readonly IReadOnlyList<string> Named = [NodeLabel.Agency, NodeLabel.Programme, NodeLabel.BuildingBlock];

    /// <summary>Throws an <see cref="UnknownNameError"/> unless a node of <paramref name="label"/> has <paramref name="name"/> as id, name or alias (ignoring case).</summary>
    public static async Task EnsureAsync(StoreLoader loader, string argument, string label, string? name, CancellationToken ct)
    {
        if (name is null) return;
        var known = await loader.Custom<bool>("known-names:" + label, name, (names, token) => MatchAsync(loader, label, names, token), false)
            .GetResultAsync(ct).ConfigureAwait(false);
        if (known) return;
        var candidates = await CandidatesAsync(loader, label, ct).ConfigureAwait(false);
        throw new UnknownNameError("UNKNOWN_" + label.ToUpperInvariant(), argument, name, $"names no {label.ToLowerInvariant()} (by id, name or alias)",
            ClosestNames.To(name, candidates, node => node.Get<string>("name") ?? node.Id));
    }

    /// <summary>
    /// The error for an id that is no node's: suggestions are ids, among the label its prefix names (<c>agency:</c>)
    /// when that is a named label, else among all named labels (the value may be a name typed where an id belongs).
    /// </summary>
    public static async Task<UnknownNameError> UnknownIdAsync(StoreLoader loader, string argument, string id, CancellationToken ct)
    {
        var prefix = id.IndexOf(':') is var colon and > 0 ? id[..colon] : null;
        var label = NodeLabel.All.FirstOrDefault(l => string.Equals(l, prefix?.Replace("-", ""), StringComparison.OrdinalIgnoreCase));
        var labels = label is null ? Named : Named.Contains(label) ? [label] : [];
        var candidates = new List<Node>();
        foreach (var l in labels) candidates.AddRange(await CandidatesAsync(loader, l, ct).ConfigureAwait(false));
        return new UnknownNameError("UNKNOWN_NODE", argument, id, "is no node's id", ClosestNames.To(id, candidates, node => node.Id));
    }

    private static async Task<IReadOnlyDictionary<string, bool>> MatchAsync(StoreLoader loader, string label, IReadOnlyCollection<string> names, CancellationToken ct)
    {
        var found = await loader.FindAsync(new NodeQuery(label, new AnyOf(names.Select(NameMatch.Named).ToList()), [], int.MaxValue, null), ct).ConfigureAwait(false);
        var known = new Dictionary<string, bool>(names.Count, StringComparer.Ordinal);
        foreach (var name in names) known[name] = found.Nodes.Any(node => ClosestNames.NameForms(node).Contains(name, StringComparer.OrdinalIgnoreCase));
        return known;
    }

    private static Task<IReadOnlyList<Node>> CandidatesAsync(StoreLoader loader, string label, CancellationToken ct) =>
        loader.Custom<IReadOnlyList<Node>>("named-nodes", label, async (labels, token) =>
        {
            var nodes = new Dictionary<string, IReadOnlyList<Node>>(StringComparer.Ordinal);
            foreach (var l in labels) nodes[l] = (await loader.FindAsync(new NodeQuery(l, null, [], int.MaxValue, null), token).ConfigureAwait(false)).Nodes;
            return nodes;
        }, []).GetResultAsync(ct);
}
