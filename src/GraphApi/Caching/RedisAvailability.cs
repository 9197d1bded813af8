using StackExchange.Redis;

namespace GraphApi.Caching;

/// <summary>
/// Whether Redis may be asked now, and the one place an outage is logged: once when it starts, once when it ends,
/// never per request. After a failed command Redis is left alone for a moment, so that an outage does not cost
/// every request a timeout; a disconnected multiplexer is not asked at all until it has reconnected by itself.
/// </summary>
/// <remarks>
/// Commands run concurrently, so an answer can arrive after the state it belongs to has changed: a command sent just
/// before Redis stopped may succeed after another has failed. Only a command started after the last change may
/// change the state again; otherwise one outage would be logged as several.
/// </remarks>
internal sealed class RedisAvailability(RedisConnection connection, ILogger<RedisAvailability> log, TimeProvider clock)
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    private readonly Lock _change = new();
    private long _pausedUntil;
    private long _changedAt = long.MinValue;
    private int _down;

    public string Endpoint => connection.Endpoint;

    public bool IsDown => Volatile.Read(ref _down) == 1;

    /// <summary>The moment a command starts, to hand back to <see cref="Failed"/> or <see cref="Succeeded"/>.</summary>
    public long Now => clock.GetTimestamp();

    /// <summary>The connection to use now, or null when Redis is to be bypassed (and the outage then recorded).</summary>
    public IConnectionMultiplexer? Use()
    {
        var now = Now;
        if (now < Interlocked.Read(ref _pausedUntil))
            return null;
        if (connection.Connected is { } multiplexer)
            return multiplexer;
        Failed(now, null);
        return null;
    }

    public void Failed(long startedAt, Exception? error)
    {
        lock (_change)
        {
            if (startedAt < _changedAt)
                return;
            var now = Now;
            Interlocked.Exchange(ref _pausedUntil, now + (long)(Pause.TotalSeconds * clock.TimestampFrequency));
            if (_down == 1)
                return;
            Volatile.Write(ref _down, 1);
            _changedAt = now;
        }
        log.LogWarning(error, "Redis at {Endpoint} is unavailable ({Reason}); queries are answered from the store until it is back",
            Endpoint, error?.Message ?? "not connected");
    }

    public void Succeeded(long startedAt)
    {
        if (!IsDown)
            return;
        lock (_change)
        {
            if (_down == 0 || startedAt < _changedAt)
                return;
            Volatile.Write(ref _down, 0);
            _changedAt = Now;
        }
        log.LogInformation("Redis at {Endpoint} is back; the cache is in use again", Endpoint);
    }
}
