using GraphApi.Graph;

namespace GraphApi.Stores;

/// <summary>
/// A node that matches a search, its score (higher is better), the property that matched best, and
/// a snippet of that property's text with the matching words' positions in the snippet.
/// </summary>
public sealed record SearchHit(Node Node, double Score, string Property, string Snippet, IReadOnlyList<Highlight> Highlights);

/// <summary>A matching word in a snippet: its start and length in the snippet's text.</summary>
public sealed record Highlight(int Start, int Length);
