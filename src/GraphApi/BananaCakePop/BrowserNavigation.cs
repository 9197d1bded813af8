using Microsoft.AspNetCore.Http.Headers;

namespace GraphApi.BananaCakePop;

/// <summary>
/// A person typing the endpoint's address into a browser, as opposed to a GraphQL client: a client's GET
/// carries a <c>query</c> and does not ask for HTML, and its POST is no navigation at all.
/// </summary>
public static class BrowserNavigation
{
    public static bool IsOpening(HttpRequest request, PathString endpoint) =>
        HttpMethods.IsGet(request.Method)
        && request.Path == endpoint
        && !request.Query.ContainsKey("query")
        && AsksForHtml(request.GetTypedHeaders());

    private static bool AsksForHtml(RequestHeaders headers) =>
        headers.Accept.Any(accept => accept.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
