namespace GraphApi.Caching;

/// <summary>
/// The cache of query results and persisted queries, bound from the <c>Cache</c> configuration section. Where the
/// shared level lives is <c>Redis:Configuration</c>; without it each instance caches in its own memory only.
/// </summary>
public sealed class CacheOptions
{
    public const string Section = "Cache";

    /// <summary>
    /// False executes every query, as for measuring execution itself; persisted queries work either way, and
    /// responses then carry no <c>extensions.cache</c>.
    /// </summary>
    public bool Results { get; set; } = true;

    /// <summary>How long a result stays cached. The key holds the graph's version, so this bounds memory, not staleness.</summary>
    public double TimeToLiveSeconds { get; set; } = 300;

    /// <summary>Requests whose variables take more bytes than this (as canonical JSON) are answered without the cache.</summary>
    public int MaxVariablesBytes { get; set; } = 4096;

    /// <summary>Size of the in-process level in front of Redis, in megabytes of cached responses.</summary>
    public int MemoryMegabytes { get; set; } = 64;

    /// <summary>
    /// A JSON file mapping SHA-256 hashes to documents. When set, only these documents are executed (sent by hash or
    /// in full), and Automatic Persisted Queries cannot register new ones.
    /// </summary>
    public string? TrustedDocumentsFile { get; set; }
}
