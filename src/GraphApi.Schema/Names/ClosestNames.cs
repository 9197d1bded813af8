using GraphApi.Graph;
using Quickenshtein;

namespace GraphApi.Schema.Names;

/// <summary>
/// The names a user most likely meant when a value matches nothing: the nodes whose id, name or any
/// alias is the fewest edits (Levenshtein, ignoring case) away from it, closest first.
/// </summary>
public static class ClosestNames
{
    /// <summary>At most this many suggestions.</summary>
    public const int Max = 3;

    /// <summary>
    /// The <paramref name="suggestion"/> of each node close enough to <paramref name="value"/>: within a third of
    /// its length (at least 1 edit; an id without its prefix), so that a typo finds its name and a value unlike every
    /// name suggests nothing. Ties go to the shorter, then the alphabetically first suggestion.
    /// </summary>
    public static IReadOnlyList<string> To(string value, IEnumerable<Node> candidates, Func<Node, string> suggestion)
    {
        // An id is compared with and without its label prefix, so that the shared prefix makes no name look close.
        var wanted = value.Trim().ToLowerInvariant();
        var bare = Bare(wanted) ?? wanted;
        var limit = Math.Max(1, bare.Length / 3);
        return candidates
            .Select(node => (Suggestion: suggestion(node), Distance: Forms(node).Min(form => Distance(wanted, bare, form.ToLowerInvariant()))))
            .Where(c => c.Distance <= limit)
            .GroupBy(c => c.Suggestion, StringComparer.Ordinal)
            .Select(g => (Suggestion: g.Key, Distance: g.Min(c => c.Distance)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Suggestion.Length).ThenBy(c => c.Suggestion, StringComparer.Ordinal)
            .Take(Max)
            .Select(c => c.Suggestion)
            .ToList();
    }

    private static int Distance(string wanted, string bare, string form) =>
        Math.Min(Levenshtein.GetDistance(wanted, form), Levenshtein.GetDistance(bare, form));

    /// <summary>An id without its label prefix (<c>digitaal-vlaanderen</c> of <c>agency:digitaal-vlaanderen</c>); null for a value without one.</summary>
    public static string? Bare(string id) => id.IndexOf(':') is var colon and > 0 ? id[(colon + 1)..] : null;

    /// <summary>Every form a user may type for the node: its id, the id without its label prefix, its name and aliases.</summary>
    public static IEnumerable<string> Forms(Node node) => Bare(node.Id) is { } bare ? NameForms(node).Append(bare) : NameForms(node);

    /// <summary>The forms <c>NameMatch.Named</c> compares: id, name and aliases.</summary>
    public static IEnumerable<string> NameForms(Node node)
    {
        yield return node.Id;
        if (node.Get<string>("name") is { } name) yield return name;
        // Lists come back as List<string> from the embedded store and as lists of objects from Neo4j's JSON.
        if (node.Properties.GetValueOrDefault("aliases") is IEnumerable<object> aliases)
            foreach (var alias in aliases.OfType<string>()) yield return alias;
    }
}
