using System.Globalization;
using System.Threading.RateLimiting;
using GraphApi.Telemetry;
using Microsoft.AspNetCore.RateLimiting;

namespace GraphApi.Hosting;

/// <summary>
/// A token bucket per client address on the endpoints that do work (GraphQL, exports): <c>RateLimit:Burst</c> requests
/// at once (default 200), refilled by <c>RateLimit:PermitsPerSecond</c> a second (default 50; 0 turns the limit off).
/// Over the limit a client gets 429 with <c>Retry-After</c> and a GraphQL-shaped error. Health probes and the IDE's
/// and /explore's files are not limited; neither is a request without a client address (the in-process test host):
/// there is no client to tell apart.
/// </summary>
public static class ClientRateLimiting
{
    public const string Policy = "client";

    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var permits = Setting(configuration, "RateLimit:PermitsPerSecond", 50, minimum: 0);
        if (permits == 0)
            return services;
        var burst = Setting(configuration, "RateLimit:Burst", 200, minimum: 1);
        return services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Policy, http => http.Connection.RemoteIpAddress is { } address
                ? RateLimitPartition.GetTokenBucketLimiter(address.ToString(), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = permits,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = RejectAsync;
        });
    }

    /// <summary>Limits the endpoints marked with <see cref="Policy"/>, when the limit is on.</summary>
    public static WebApplication UseClientRateLimiting(this WebApplication app)
    {
        if (Setting(app.Configuration, "RateLimit:PermitsPerSecond", 50, minimum: 0) > 0)
            app.UseRateLimiter();
        return app;
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var http = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : 1;
        http.RequestServices.GetRequiredService<OperationMetrics>().Rejected();
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.Response.WriteAsJsonAsync(new
        {
            errors = new[]
            {
                new
                {
                    message = $"Too many requests from {http.Connection.RemoteIpAddress}; try again in {seconds} s",
                    extensions = new { code = "RATE_LIMITED", retryAfterSeconds = seconds },
                },
            },
        }, cancellationToken);
    }

    private static int Setting(IConfiguration configuration, string key, int fallback, int minimum)
    {
        if (configuration[key] is not { } given)
            return fallback;
        return int.TryParse(given, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum
            ? value
            : throw new InvalidOperationException($"{key} '{given}' must be a whole number of at least {minimum}");
    }
}
