using GraphApi.Graph;

namespace GraphApi.Stores;

/// <summary>
/// A node that matches a search, its score (higher is better), the property that matched best, and
/// a snippet of that property's text with the matching words' positions in the snippet. The text
/// part is worked out when first read: a query that asks only for scores and nodes does not pay for it.
/// </summary>
public sealed class SearchHit(Node node, double score, Func<SearchMatch> match)
{
    private SearchMatch? _match;

    public Node Node => node;

    public double Score => score;

    public string Property => Match.Property;

    public string Snippet => Match.Snippet;

    public IReadOnlyList<Highlight> Highlights => Match.Highlights;

    private SearchMatch Match => _match ??= match();
}

/// <summary>The property of a hit that matched best, and a snippet of its text with the matching words' positions.</summary>
public sealed record SearchMatch(string Property, string Snippet, IReadOnlyList<Highlight> Highlights);

/// <summary>A matching word in a snippet: its start and length in the snippet's text.</summary>
public sealed record Highlight(int Start, int Length);
