using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using GraphApi.Stores;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GraphApi.Caching;

/// <summary>
/// The cache of query results: the serialized <c>data</c> of each successful query, in this process's memory in
/// front of Redis (when <c>Redis:Configuration</c> is set), which all instances share. Only results without errors
/// of query operations are kept. Concurrent misses on one key wait for the first to finish instead of all
/// executing (stampede protection within an instance). Redis failing never fails a request: it is bypassed.
/// In memory an answer is also kept under the request as it arrived (<see cref="RawRequestKey"/>), so that a
/// repeated request is answered before it is parsed and its normalised key computed.
/// </summary>
public sealed class ResultCache : IDisposable
{
    private static ReadOnlySpan<byte> DataPrefix => "{\"data\":"u8;

    private readonly IGraphStore _store;
    private readonly IGraphQLTextSerializer _serializer;
    private readonly CacheCounters _counters;
    private readonly SharedCache? _shared;
    private readonly bool _enabled;
    private readonly TimeSpan _timeToLive;
    private readonly ResultCacheKey _keys;
    private readonly MemoryCache _memory;
    private readonly ConcurrentDictionary<string, Task> _inFlight = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<ISchema, string> _schemaVersions = new();

    internal ResultCache(IGraphStore store, IGraphQLTextSerializer serializer, IOptions<CacheOptions> options, CacheCounters counters, SharedCache? shared)
    {
        _store = store;
        _serializer = serializer;
        _counters = counters;
        _shared = shared;
        _enabled = options.Value.Results;
        _timeToLive = TimeSpan.FromSeconds(options.Value.TimeToLiveSeconds);
        _keys = new ResultCacheKey(options.Value.MaxVariablesBytes);
        _memory = new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.MemoryMegabytes * 1024L * 1024L });
    }

    /// <summary>
    /// Answers from the cache, or runs <paramref name="execute"/> and keeps what it returns. A request that asks
    /// to be executed (<paramref name="read"/> false, as for debugging) skips the lookup but still fills the cache.
    /// </summary>
    public async Task<CachedAnswer> AnswerAsync(GraphQLRequest request, ISchema schema, bool read, Func<Task<ExecutionResult>> execute, CancellationToken cancellationToken)
    {
        if (!_enabled || GraphVersion() is not { } graphVersion || _keys.Of(request, SchemaVersion(schema), graphVersion) is not { } key)
            return new CachedAnswer(await execute(), null, CacheStatus.None);

        if (read && _memory.TryGetValue(key, out byte[]? remembered))
            return MemoryHit(remembered!);

        var flight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _inFlight.GetOrAdd(key, flight.Task);
        var leads = running == flight.Task;
        try
        {
            if (!leads)
            {
                await running.WaitAsync(cancellationToken);
                if (read && _memory.TryGetValue(key, out remembered))
                    return MemoryHit(remembered!);
            }

            var status = CacheStatus.Miss;
            if (read && _shared is not null)
            {
                var (asked, entry) = await _shared.GetAsync(key, cancellationToken);
                if (!asked)
                    status = CacheStatus.Bypass;
                else if (entry is not null && CacheEntry.TryRead(entry) is { } shared)
                {
                    Remember(key, shared);
                    _counters.RedisHit();
                    return new CachedAnswer(null, shared, CacheStatus.Hit);
                }
                else if (entry is not null)
                    _counters.UnreadableEntry();
            }

            var result = await execute();
            if (!IsKept(result) || await DataOf(result) is not { } data)
                return new CachedAnswer(result, null, CacheStatus.None);
            Remember(key, data);
            if (_shared is not null)
                await _shared.SetAsync(key, CacheEntry.Write(data), _timeToLive, CancellationToken.None);
            if (status == CacheStatus.Bypass) _counters.Bypass(); else _counters.Miss();
            return new CachedAnswer(null, data, status);
        }
        finally
        {
            if (leads)
            {
                _inFlight.TryRemove(key, out _);
                flight.SetResult();
            }
        }
    }

    /// <summary>
    /// The key to look a request up by as it arrived (<paramref name="request"/>: a POST body's bytes or a GET's query
    /// string as UTF-8), before it is parsed; null when results are not cached or the graph's version is unknown.
    /// </summary>
    internal RawRequestKey? RawKey(bool get, ReadOnlyMemory<byte> request, ISchema schema) =>
        _enabled && GraphVersion() is { } graphVersion ? new RawRequestKey(get, SchemaVersion(schema), graphVersion, request) : null;

    /// <summary>A hit in this process's memory for the request as it arrived, or null: then parse it and ask <see cref="AnswerAsync"/>.</summary>
    internal RawAnswer? Find(RawRequestKey key)
    {
        if (!_memory.TryGetValue(key, out RawAnswer? answer))
            return null;
        _counters.MemoryHit();
        _counters.RawHit();
        return answer;
    }

    /// <summary>
    /// After <see cref="AnswerAsync"/> answered with data, keeps that data under the request as it arrived too, so
    /// that the same bytes again are answered by <see cref="Find"/>. Only this process's memory has these keys: Redis
    /// keeps the normalised key all instances share.
    /// </summary>
    internal void Remember(RawRequestKey key, byte[] data, GraphQLRequest request, string? operationName)
    {
        var size = key.Length + data.Length + 2L * (request.Query?.Length ?? 0);
        _memory.Set(key.Owned(), new RawAnswer(data, request, operationName),
            new MemoryCacheEntryOptions { Size = size, AbsoluteExpirationRelativeToNow = _timeToLive });
    }

    public void Dispose() => _memory.Dispose();

    private CachedAnswer MemoryHit(byte[] data)
    {
        _counters.MemoryHit();
        return new CachedAnswer(null, data, CacheStatus.Hit);
    }

    private void Remember(string key, byte[] data) =>
        _memory.Set(key, data, new MemoryCacheEntryOptions { Size = data.Length, AbsoluteExpirationRelativeToNow = _timeToLive });

    private static bool IsKept(ExecutionResult result) =>
        result.Executed && result.Errors is not { Count: > 0 } && result.Data is not null
        && result.Operation?.Operation == OperationType.Query;

    /// <summary>The value of <c>data</c> as the serializer writes it, so that a hit answers with the same bytes.</summary>
    private async Task<byte[]?> DataOf(ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        await _serializer.WriteAsync(buffer, new ExecutionResult { Data = result.Data, Executed = true });
        var written = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return written.StartsWith(DataPrefix) && written[^1] == (byte)'}' ? written[DataPrefix.Length..^1].ToArray() : null;
    }

    // A store that cannot say its version (Neo4j not answering) cannot answer the query either: execution reports that.
    private string? GraphVersion()
    {
        try
        {
            return _store.Version;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    private string SchemaVersion(ISchema schema) =>
        _schemaVersions.GetValue(schema, s => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s.Print()))));
}
