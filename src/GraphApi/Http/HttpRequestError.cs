using GraphQL;

namespace GraphApi.Http;

/// <summary>
/// A request refused before GraphQL sees it: not a well-formed GraphQL-over-HTTP request, or one the endpoint
/// will not take. Its status holds whichever response media type was negotiated. It is an
/// <see cref="ExecutionError"/> so that the client gets the same <c>{"errors":[...]}</c> shape as for any other error.
/// </summary>
public sealed class HttpRequestError : ExecutionError
{
    public HttpRequestError(int statusCode, string code, string message) : base(message)
    {
        StatusCode = statusCode;
        Code = code;
    }

    public int StatusCode { get; }

    public static HttpRequestError BadRequest(string message) =>
        new(StatusCodes.Status400BadRequest, "INVALID_REQUEST", message);
}
