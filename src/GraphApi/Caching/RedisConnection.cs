using StackExchange.Redis;

namespace GraphApi.Caching;

/// <summary>
/// The one connection to Redis, opened when the host starts and disposed with it. Redis need not be up: the
/// multiplexer then keeps reconnecting in the background, and a command sent while it is disconnected fails at once
/// instead of waiting in a queue, so that a request never waits for an absent cache.
/// </summary>
internal sealed class RedisConnection(string configuration) : IHostedService, IAsyncDisposable
{
    private ConnectionMultiplexer? _multiplexer;

    /// <summary>Where Redis is, for messages (the configuration without any password).</summary>
    public string Endpoint { get; } = string.Join(",", ConfigurationOptions.Parse(configuration).EndPoints.Select(EndPointCollection.ToString));

    /// <summary>The multiplexer, connected or not; null before the host has started.</summary>
    public IConnectionMultiplexer? Multiplexer => _multiplexer;

    /// <summary>The multiplexer while it is connected; null before start and during an outage.</summary>
    public IConnectionMultiplexer? Connected => _multiplexer is { IsConnected: true } multiplexer ? multiplexer : null;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = 2000;
        // Generous for a loaded machine: after one failure Redis is left alone for a while, so few requests pay it.
        options.SyncTimeout = options.AsyncTimeout = 2000;
        options.ReconnectRetryPolicy = new LinearRetry(500);
        // With AbortOnConnectFail off this returns, connected or not, after at most the connect timeout.
        _multiplexer = await ConnectionMultiplexer.ConnectAsync(options);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null)
            await _multiplexer.DisposeAsync();
    }
}
