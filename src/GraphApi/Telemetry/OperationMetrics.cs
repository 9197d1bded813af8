using System.Diagnostics;
using System.Diagnostics.Metrics;
using GraphApi.Caching;
using GraphApi.Stores;

namespace GraphApi.Telemetry;

/// <summary>
/// The API's own metrics (meter <see cref="MeterName"/>): the duration of GraphQL operations by name and type, their
/// store calls, the cache's answers, rate-limit rejections and the graph's version. Recording without a listener
/// (telemetry off) is a check of a flag.
/// </summary>
public sealed class OperationMetrics
{
    public const string MeterName = "GraphApi";

    private readonly Histogram<double> _duration;
    private readonly Counter<long> _storeCalls;
    private readonly Counter<long> _cache;
    private readonly Counter<long> _rejections;

    public OperationMetrics(IMeterFactory meters, IServiceProvider services)
    {
        var meter = meters.Create(MeterName);
        _duration = meter.CreateHistogram<double>("graphapi.operation.duration", "s", "Time to answer a GraphQL operation",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
        _storeCalls = meter.CreateCounter<long>("graphapi.store.calls", "{call}", "Store calls made by GraphQL operations");
        _cache = meter.CreateCounter<long>("graphapi.cache.lookups", "{lookup}", "Result cache answers: hit, miss or bypass (Redis unavailable)");
        _rejections = meter.CreateCounter<long>("graphapi.ratelimit.rejections", "{request}", "Requests refused with 429 by the rate limit");
        // Resolved when observed, so that the store is not built by creating the metrics.
        meter.CreateObservableGauge("graphapi.graph.version", () => GraphVersion(services), "{graph}",
            "1, with the version of the graph served as the attribute graphapi.graph.version");
    }

    public void Operation(OperationRecord record, TimeSpan duration, int storeCalls)
    {
        var tags = new TagList
        {
            { "graphql.operation.name", record.OperationName ?? "" },
            { "graphql.operation.type", record.OperationType ?? "" },
            { "graphapi.cache.status", Status(record.Cache) },
        };
        _duration.Record(duration.TotalSeconds, tags);
        if (storeCalls > 0)
            _storeCalls.Add(storeCalls, new KeyValuePair<string, object?>("graphql.operation.name", record.OperationName ?? ""));
        if (record.Cache != CacheStatus.None)
            _cache.Add(1, new KeyValuePair<string, object?>("graphapi.cache.status", Status(record.Cache)));
    }

    public void Rejected() => _rejections.Add(1);

    public static string Status(CacheStatus status) => status == CacheStatus.None ? "" : status.ToString().ToLowerInvariant();

    private static IEnumerable<Measurement<int>> GraphVersion(IServiceProvider services)
    {
        string version;
        try
        {
            version = services.GetRequiredService<IGraphStore>().Version;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Neo4j not answering: no version to report; the readiness probe says why.
            return [];
        }
        return [new Measurement<int>(1, new KeyValuePair<string, object?>("graphapi.graph.version", version))];
    }
}
