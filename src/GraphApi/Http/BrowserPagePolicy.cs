using Microsoft.AspNetCore.Routing.Matching;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Http;

/// <summary>
/// Leaves a browser's visit to the GraphQL address (a GET that accepts <c>text/html</c> and has no <c>query</c>
/// parameter) to the IDE served there: the GET endpoint stops being a candidate for such a request, so another
/// endpoint at that address, or a middleware, answers it. A GET with a <c>query</c> is still a GraphQL request,
/// whatever it accepts.
/// </summary>
internal sealed class BrowserPagePolicy : MatcherPolicy, IEndpointSelectorPolicy
{
    /// <summary>Endpoint metadata marking the endpoints this policy applies to.</summary>
    public sealed class Marker;

    public override int Order => 0;

    public bool AppliesToEndpoints(IReadOnlyList<Endpoint> endpoints) =>
        endpoints.Any(endpoint => endpoint.Metadata.GetMetadata<Marker>() is not null);

    public Task ApplyAsync(HttpContext httpContext, CandidateSet candidates)
    {
        if (!IsBrowserVisit(httpContext.Request))
            return Task.CompletedTask;
        for (var i = 0; i < candidates.Count; i++)
            if (candidates[i].Endpoint.Metadata.GetMetadata<Marker>() is not null)
                candidates.SetValidity(i, false);
        return Task.CompletedTask;
    }

    // "/graphql/" and the files under it are the IDE's page, whatever the request accepts.
    private static bool IsBrowserVisit(HttpRequest request) =>
        !request.Query.ContainsKey("query")
        && (request.Path.Value?.EndsWith('/') == true
            || MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var ranges)
            && ranges.Any(range => range.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase) && range.Quality is not 0));
}
