using GraphApi.Caching;
using Microsoft.Extensions.Logging;

namespace GraphApi.Tests.Caching;

/// <summary>Answers that arrive out of order around an outage, as concurrent requests deliver them.</summary>
public sealed class RedisAvailabilityTests
{
    private readonly RecordingLoggerProvider _log = new("outage");
    private readonly RedisAvailability _availability;

    public RedisAvailabilityTests() =>
        _availability = new RedisAvailability(new RedisConnection("127.0.0.1:1"), new Logger(_log.CreateLogger("outage")), new TickingClock());

    [Fact]
    public void A_command_sent_before_the_outage_that_succeeds_after_it_does_not_end_it()
    {
        var sentBefore = _availability.Now;
        _availability.Failed(_availability.Now, new TimeoutException("stopped"));
        _availability.Succeeded(sentBefore);
        _availability.Failed(_availability.Now, new TimeoutException("still stopped"));

        Assert.True(_availability.IsDown);
        Assert.Equal([LogLevel.Warning], _log.Entries.Select(e => e.Level));
    }

    [Fact]
    public void A_command_sent_during_the_outage_that_fails_after_it_ended_does_not_start_another()
    {
        _availability.Failed(_availability.Now, new TimeoutException("stopped"));
        var sentDuring = _availability.Now;
        _availability.Succeeded(_availability.Now);
        _availability.Failed(sentDuring, new TimeoutException("late"));

        Assert.False(_availability.IsDown);
        Assert.Equal([LogLevel.Warning, LogLevel.Information], _log.Entries.Select(e => e.Level));
    }

    [Fact]
    public void A_second_outage_after_the_first_ended_is_logged_again()
    {
        _availability.Failed(_availability.Now, new TimeoutException("stopped"));
        _availability.Succeeded(_availability.Now);
        _availability.Failed(_availability.Now, new TimeoutException("stopped again"));

        Assert.True(_availability.IsDown);
        Assert.Equal([LogLevel.Warning, LogLevel.Information, LogLevel.Warning], _log.Entries.Select(e => e.Level));
    }

    /// <summary>A clock that moves on every reading, so that "before" and "after" never tie.</summary>
    private sealed class TickingClock : TimeProvider
    {
        private long _ticks;

        public override long GetTimestamp() => Interlocked.Increment(ref _ticks);
    }

    private sealed class Logger(ILogger inner) : ILogger<RedisAvailability>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => inner.BeginScope(state);
        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, formatter);
    }
}
