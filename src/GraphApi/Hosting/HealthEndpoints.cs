using GraphApi.Caching;
using GraphApi.Stores;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace GraphApi.Hosting;

/// <summary>
/// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the store can serve queries; a load
/// balancer sends traffic only then, while a failing store does not get the process restarted. Redis being
/// unavailable makes it Degraded, still 200: queries are then answered from the store, only slower.
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static IServiceCollection AddHealthEndpoints(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<StoreHealthCheck>("store", tags: [Ready])
            .AddCheck<CacheHealthCheck>("cache", tags: [Ready]);
        return services;
    }

    public static WebApplication MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
        return app;
    }

    /// <summary>Ready when the store answers a one-node page: a real round trip, whatever the data.</summary>
    private sealed class StoreHealthCheck(IGraphStore store) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                var page = await store.FindNodesAsync(new NodeQuery(GraphApi.Graph.NodeLabel.Document, null, [], 1, null), cancellationToken);
                return HealthCheckResult.Healthy($"{page.TotalCount} documents");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("the store does not answer: " + e.Message);
            }
        }
    }

    /// <summary>Degraded while the configured Redis is not connected; healthy with it, or with no Redis configured.</summary>
    private sealed class CacheHealthCheck(IServiceProvider services) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            Task.FromResult(services.GetService<RedisConnection>() switch
            {
                null => HealthCheckResult.Healthy("in-process cache only"),
                { Connected: null } redis => HealthCheckResult.Degraded($"Redis at {redis.Endpoint} is unavailable; queries are answered from the store"),
                var redis => HealthCheckResult.Healthy($"Redis at {redis.Endpoint}"),
            });
    }
}
