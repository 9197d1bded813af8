using Spectre.Console.Cli;

namespace GraphApi.Commands;

/// <summary>
/// <c>serve</c> takes no options of its own: every setting of the API is an ASP.NET Core setting, given as
/// <c>--Section:Key VALUE</c>, as an environment variable <c>Section__Key</c> or in appsettings.json.
/// </summary>
public sealed class ServeSettings : CommandSettings
{
    public const string Description =
        "Starts the API (the default when no command is given) at http://localhost:5000: GraphQL and the IDE at /graphql, " +
        "/explore, /scorecard, /export, /health/live and /health/ready. Settings are given as --Section:Key VALUE, as environment " +
        "variables Section__Key or in appsettings.json: --urls (http://localhost:5000), Graph:Store (embedded or neo4j), " +
        "Graph:Seeds, Neo4j:Uri, Redis:Configuration, Cache:Results (true), RateLimit:PermitsPerSecond (50, 0 = off), " +
        "RateLimit:Burst (200), Telemetry:Prometheus (false), OTEL_EXPORTER_OTLP_ENDPOINT; README.md lists them all.";
}
