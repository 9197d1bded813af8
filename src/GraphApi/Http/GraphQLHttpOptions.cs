namespace GraphApi.Http;

/// <summary>Limits of the GraphQL endpoint, bound from the <c>GraphQL</c> configuration section.</summary>
public sealed class GraphQLHttpOptions
{
    public const string Section = "GraphQL";

    /// <summary>A larger POST body is refused with 413 before it is parsed.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>Execution is cancelled after this many seconds and the client told so.</summary>
    public double TimeoutSeconds { get; set; } = 10;

    /// <summary>Deepest nesting of fields an operation may select; deeper ones are refused before execution.</summary>
    public int MaxDepth { get; set; } = 12;

    /// <summary>Highest complexity (GraphQL.NET's estimate of the fields resolved) an operation may have.</summary>
    public int MaxComplexity { get; set; } = 100_000;

    /// <summary>
    /// Total length, in characters, of the query texts whose parsed documents the <see cref="DocumentCache"/> keeps.
    /// Bounding the text rather than the entry count bounds the memory: a document's tree grows with its text.
    /// </summary>
    public int DocumentCacheCharacters { get; set; } = 1_000_000;
}
