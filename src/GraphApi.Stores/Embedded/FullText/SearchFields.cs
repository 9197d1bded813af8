namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// The node properties full-text search reads, and how much a match in each counts: names and titles
/// say what a node is, so they weigh more than body text. Codes, kinds and dates are left out; they are
/// for filters. The order settles ties when choosing the property a hit shows.
/// </summary>
internal static class SearchFields
{
    public static IReadOnlyList<(string Property, float Boost)> All { get; } =
    [
        ("title", 2f),
        ("name", 2f),
        ("aliases", 1.5f),
        ("question", 1f),
        ("text", 1f),
        ("answer", 1f),
        ("definition", 1f),
        ("sentence", 1f),
        ("relevance", 1f),
        ("budgetRelevance", 1f),
        ("lastKnownValue", 1f),
        ("targetValue", 1f),
        ("agreementQuotes", 1f),
        ("trackName", 1f),
        ("entities", 1f),
        ("planning", 1f),
    ];
}
