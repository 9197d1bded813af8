using GraphApi.Stores;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphApi.Telemetry;

/// <summary>
/// OpenTelemetry for the API: ASP.NET Core's span per request, <see cref="OperationTracing"/>'s span per GraphQL
/// operation, the store's spans (<see cref="StoreTelemetry"/>) and Redis's, and <see cref="OperationMetrics"/> with
/// ASP.NET Core's metrics. Exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set (the exporter reads the
/// standard <c>OTEL_*</c> variables itself: protocol, headers, batch delay), and as Prometheus text at
/// <c>/metrics</c> when <c>Telemetry:Prometheus</c> is true. With neither, no OpenTelemetry SDK runs: nothing
/// listens to the sources, so no span or measurement is made.
/// </summary>
public static class TelemetryServices
{
    public const string OtlpEndpoint = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string Prometheus = "Telemetry:Prometheus";
    public const string ServiceName = "graphapi";

    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otlp = configuration[OtlpEndpoint] is { Length: > 0 } endpoint ? OtlpUri(endpoint) : null;
        var prometheus = configuration.GetValue<bool>(Prometheus);

        // Whichever SDK is started (here, or a test's with an in-memory exporter) listens to the API's own sources.
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing
            .AddSource(OperationTracing.SourceName, StoreTelemetry.SourceName)
            .AddAspNetCoreInstrumentation());
        services.ConfigureOpenTelemetryMeterProvider(metrics => metrics
            .AddMeter(OperationMetrics.MeterName)
            .AddAspNetCoreInstrumentation());
        if (otlp is null && !prometheus)
            return services;

        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(configuration["OTEL_SERVICE_NAME"] ?? ServiceName))
            .WithTracing(_ => { })
            .WithMetrics(metrics =>
            {
                if (prometheus) metrics.AddPrometheusExporter();
            });
        if (otlp is not null)
            telemetry.UseOtlpExporter();
        return services;
    }

    /// <summary>Answers <c>/metrics</c> in Prometheus text format when <c>Telemetry:Prometheus</c> is true.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>(Prometheus))
            app.MapPrometheusScrapingEndpoint("/metrics");
        return app;
    }

    private static Uri OtlpUri(string endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"{OtlpEndpoint} '{endpoint}' is not an http(s) URL, e.g. http://localhost:4317");
}
