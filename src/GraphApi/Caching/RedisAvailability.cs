using StackExchange.Redis;

namespace GraphApi.Caching;

/// <summary>
/// Whether Redis may be asked now, and the one place an outage is logged: once when it starts, once when it ends,
/// never per request. After a failed command Redis is left alone for a moment, so that an outage does not cost
/// every request a timeout; a disconnected multiplexer is not asked at all until it has reconnected by itself.
/// </summary>
internal sealed class RedisAvailability(RedisConnection connection, ILogger<RedisAvailability> log, TimeProvider clock)
{
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(2);

    private long _pausedUntil;
    private int _down;

    public string Endpoint => connection.Endpoint;

    public bool IsDown => Volatile.Read(ref _down) == 1;

    /// <summary>The connection to use now, or null when Redis is to be bypassed (and the outage then recorded).</summary>
    public IConnectionMultiplexer? Use()
    {
        if (clock.GetTimestamp() < Interlocked.Read(ref _pausedUntil))
            return null;
        if (connection.Connected is { } multiplexer)
            return multiplexer;
        Failed(null);
        return null;
    }

    public void Failed(Exception? error)
    {
        Interlocked.Exchange(ref _pausedUntil, clock.GetTimestamp() + (long)(Pause.TotalSeconds * clock.TimestampFrequency));
        if (Interlocked.Exchange(ref _down, 1) == 0)
            log.LogWarning(error, "Redis at {Endpoint} is unavailable ({Reason}); queries are answered from the store until it is back",
                Endpoint, error?.Message ?? "not connected");
    }

    public void Succeeded()
    {
        if (Interlocked.Exchange(ref _down, 0) == 1)
            log.LogInformation("Redis at {Endpoint} is back; the cache is in use again", Endpoint);
    }
}
