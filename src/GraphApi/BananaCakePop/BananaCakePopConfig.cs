using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Extensions;

namespace GraphApi.BananaCakePop;

/// <summary>
/// The <c>bcp-config.json</c> that the IDE fetches beside its own page on start. The names are the keys its
/// bundle reads (Hot Chocolate's tool options write the same file); they are spelled out so that the JSON
/// options of the rest of the API cannot rename them. Left out on purpose: <c>gaTrackingId</c>, whose presence
/// would make the IDE load Google Analytics.
/// </summary>
public sealed record BananaCakePopConfig(
    [property: JsonPropertyName("endpoint")] string Endpoint,
    [property: JsonPropertyName("useBrowserUrlAsEndpoint")] bool UseBrowserUrlAsEndpoint,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("disableTelemetry")] bool DisableTelemetry)
{
    public const string FileName = "bcp-config.json";

    public static BananaCakePopConfig For(HttpRequest request, PathString endpoint) => new(
        // Absolute and taken from the request, so the IDE calls back on the host and port it was served from.
        Endpoint: UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, endpoint),
        // The page's own URL is the IDE's folder (/graphql/), which is not the endpoint.
        UseBrowserUrlAsEndpoint: false,
        Title: "Flemish digital policy graph",
        // Otherwise the IDE posts to its vendor's telemetry host on load, and this API calls no one.
        DisableTelemetry: true);
}
