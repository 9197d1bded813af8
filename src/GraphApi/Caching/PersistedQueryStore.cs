using System.Text;
using Microsoft.Extensions.Caching.Memory;

namespace GraphApi.Caching;

/// <summary>
/// The documents registered by Automatic Persisted Queries, by hash: in Redis for all instances, with the ones this
/// instance has seen in memory too, so that known hashes still resolve during an outage. What comes back is checked
/// against its hash, so a damaged entry reads as not found and the client's retry with the query replaces it.
/// </summary>
internal sealed class PersistedQueryStore(SharedCache? shared) : IDisposable
{
    // Clients re-register a document that has expired; a week keeps the steady set of an app's queries.
    private static readonly TimeSpan TimeToLive = TimeSpan.FromDays(7);

    private readonly MemoryCache _memory = new(new MemoryCacheOptions { SizeLimit = 16_000_000 });

    public async Task<string?> FindAsync(string hash, CancellationToken cancellationToken)
    {
        if (_memory.TryGetValue(hash, out string? document))
            return document;
        if (shared is null || (await shared.GetAsync(Key(hash), cancellationToken)).Value is not { } stored)
            return null;
        document = Encoding.UTF8.GetString(stored);
        if (PersistedQueries.HashOf(document) != hash)
            return null;
        Remember(hash, document);
        return document;
    }

    public async Task SaveAsync(string hash, string document)
    {
        if (_memory.TryGetValue(hash, out _))
            return;
        Remember(hash, document);
        if (shared is not null)
            await shared.SetAsync(Key(hash), Encoding.UTF8.GetBytes(document), TimeToLive, CancellationToken.None);
    }

    public void Dispose() => _memory.Dispose();

    private static string Key(string hash) => "apq:" + hash;

    private void Remember(string hash, string document) =>
        _memory.Set(hash, document, new MemoryCacheEntryOptions { Size = document.Length, SlidingExpiration = TimeToLive });
}
