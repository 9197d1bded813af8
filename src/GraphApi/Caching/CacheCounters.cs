namespace GraphApi.Caching;

/// <summary>How the result cache has answered since start, by where the answer came from.</summary>
public sealed class CacheCounters
{
    private long _memoryHits;
    private long _rawHits;
    private long _redisHits;
    private long _misses;
    private long _bypasses;
    private long _unreadableEntries;

    public long MemoryHits => Interlocked.Read(ref _memoryHits);

    /// <summary>The memory hits found by the request as it arrived, before it was parsed (counted in <see cref="MemoryHits"/> too).</summary>
    public long RawHits => Interlocked.Read(ref _rawHits);

    public long RedisHits => Interlocked.Read(ref _redisHits);

    public long Misses => Interlocked.Read(ref _misses);

    public long Bypasses => Interlocked.Read(ref _bypasses);

    /// <summary>Entries found in Redis that were not a valid cache entry; each was treated as a miss and replaced.</summary>
    public long UnreadableEntries => Interlocked.Read(ref _unreadableEntries);

    internal void MemoryHit() => Interlocked.Increment(ref _memoryHits);

    internal void RawHit() => Interlocked.Increment(ref _rawHits);

    internal void RedisHit() => Interlocked.Increment(ref _redisHits);

    internal void Miss() => Interlocked.Increment(ref _misses);

    internal void Bypass() => Interlocked.Increment(ref _bypasses);

    internal void UnreadableEntry() => Interlocked.Increment(ref _unreadableEntries);
}
