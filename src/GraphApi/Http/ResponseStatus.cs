using GraphQL;
using GraphQL.Execution;

namespace GraphApi.Http;

/// <summary>The status code of a GraphQL response, by the spec's rules for the media type it is sent in.</summary>
internal static class ResponseStatus
{
    public static int Of(ExecutionResult result, string mediaType)
    {
        var errors = result.Errors?.ToList() ?? [];

        // Requests the endpoint could not take as GraphQL requests: the same status in either media type.
        if (errors.OfType<HttpRequestError>().FirstOrDefault() is { } refused)
            return refused.StatusCode;
        // The spec's MUST for a mutation over GET holds in either media type too.
        if (errors.Any(e => e is MutationOverGetError))
            return StatusCodes.Status405MethodNotAllowed;

        // application/json: 200 for every well-formed request, since other statuses may come from intermediaries.
        // application/graphql-response+json: 200 once execution started, even if data is null (a partial response).
        if (mediaType == ResponseMediaType.Json || result.Executed)
            return StatusCodes.Status200OK;

        if (errors.Any(e => e is QueryTimeoutError))
            return StatusCodes.Status504GatewayTimeout;
        // Parse, validation, operation selection and variable coercion errors are all request errors.
        return errors.Count > 0 && errors.All(e => e is DocumentError or RequestError)
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status500InternalServerError;
    }
}
