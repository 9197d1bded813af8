using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Http;

/// <summary>The response media types of the GraphQL-over-HTTP spec, and the choice between them by <c>Accept</c>.</summary>
internal static class ResponseMediaType
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>The Content-Type of a response in <paramref name="mediaType"/>, one of the two above.</summary>
    public static string WithCharset(string mediaType) =>
        mediaType == Json ? "application/json; charset=utf-8" : "application/graphql-response+json; charset=utf-8";

    /// <summary>The media type to answer in, or null when the Accept header allows neither.</summary>
    public static string? Negotiate(HttpRequest request)
    {
        var accept = request.Headers.Accept;
        // Since the spec's watershed of 2025-01-01 a missing Accept means application/graphql-response+json.
        if (StringValues.IsNullOrEmpty(accept))
            return GraphQLResponse;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
            return null;

        var graphQLResponse = Quality(ranges, "graphql-response+json");
        var json = Quality(ranges, "json");
        if (graphQLResponse == 0 && json == 0)
            return null;
        // On a tie (e.g. */*) the spec's preferred type wins.
        return graphQLResponse >= json ? GraphQLResponse : Json;
    }

    // RFC 9110 §12.5.1: a media type takes the quality of the most specific range that matches it.
    private static double Quality(IList<MediaTypeHeaderValue> ranges, string applicationSubtype)
    {
        var quality = 0.0;
        var specificity = -1;
        foreach (var range in ranges)
        {
            var rangeSpecificity =
                range.MatchesAllTypes ? 0
                : !range.Type.Equals("application", StringComparison.OrdinalIgnoreCase) ? -1
                : range.MatchesAllSubTypes ? 1
                : range.SubType.Equals(applicationSubtype, StringComparison.OrdinalIgnoreCase) ? 2
                : -1;
            if (rangeSpecificity > specificity)
            {
                specificity = rangeSpecificity;
                quality = range.Quality ?? 1;
            }
        }
        return quality;
    }
}
