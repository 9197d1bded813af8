using System.Diagnostics;
using GraphApi.Telemetry;
using Microsoft.Extensions.Caching.Distributed;

namespace GraphApi.Caching;

/// <summary>
/// The level all API instances share: Redis, through <see cref="IDistributedCache"/>. Never throws: while Redis is
/// unavailable a read reports that it could not ask, and a write is dropped.
/// </summary>
internal sealed class SharedCache(IDistributedCache redis, RedisAvailability availability)
{
    public RedisAvailability Availability => availability;

    /// <summary>Asked is false when Redis could not be asked; Value is null on a miss.</summary>
    public async Task<(bool Asked, byte[]? Value)> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (availability.Use() is null)
            return (false, null);
        var started = availability.Now;
        using var activity = StartSpan("GET");
        try
        {
            var value = await redis.GetAsync(key, cancellationToken);
            availability.Succeeded(started);
            activity?.SetTag("graphapi.cache.found", value is not null);
            return (true, value);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            availability.Failed(started, e);
            return (false, null);
        }
    }

    public async Task SetAsync(string key, byte[] value, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        if (availability.Use() is null)
            return;
        var started = availability.Now;
        using var activity = StartSpan("SET");
        try
        {
            await redis.SetAsync(key, value, new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = timeToLive }, cancellationToken);
            availability.Succeeded(started);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            availability.Failed(started, e);
        }
    }

    // Only asked-for commands get a span: while Redis is bypassed there is no call to show.
    private Activity? StartSpan(string command)
    {
        var activity = OperationTracing.Source.StartActivity("redis " + command, ActivityKind.Client);
        activity?.SetTag("db.system.name", "redis");
        activity?.SetTag("db.operation.name", command);
        activity?.SetTag("server.address", availability.Endpoint);
        return activity;
    }
}
