using System.Text.Json;
using GraphApi.Caching;
using GraphQL;
using GraphQL.Transport;
using Microsoft.Net.Http.Headers;

namespace GraphApi.Http;

/// <summary>
/// Reads the parameters of a GraphQL-over-HTTP request from a POST body or a GET query string. A request that is
/// not well-formed throws an <see cref="HttpRequestError"/> whose message names the parameter and what is wrong.
/// </summary>
internal sealed class GraphQLHttpRequestReader(IGraphQLTextSerializer serializer)
{
    /// <summary>
    /// The bytes of a POST body with a JSON content type, read once: the result cache looks them up as they are,
    /// and only on a miss are they parsed with <see cref="ParsePost"/>.
    /// </summary>
    public static async Task<ReadOnlyMemory<byte>> ReadPostBodyAsync(HttpRequest request, long maxBytes)
    {
        RequireJsonContentType(request);
        return await BoundedBody.ReadAsync(request, maxBytes, request.HttpContext.RequestAborted);
    }

    public GraphQLRequest ParsePost(ReadOnlyMemory<byte> body)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw HttpRequestError.BadRequest($"the request body is not valid JSON: {e.Message}");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw HttpRequestError.BadRequest(
                    $"the request body must be a JSON object with a 'query', not {Describe(root.ValueKind)}");
            var extensions = MapProperty(root, "extensions");
            return new GraphQLRequest
            {
                Query = StringProperty(root, "query")
                    ?? (PersistedQueries.IsNamed(extensions) ? null : throw HttpRequestError.BadRequest("'query' is required")),
                OperationName = StringProperty(root, "operationName"),
                Variables = MapProperty(root, "variables"),
                Extensions = extensions,
            };
        }
    }

    public GraphQLRequest ReadGet(HttpRequest request)
    {
        var extensions = JsonMapParameter(request, "extensions");
        return new GraphQLRequest
        {
            Query = Parameter(request, "query")
                ?? (PersistedQueries.IsNamed(extensions) ? null : throw HttpRequestError.BadRequest("the 'query' parameter is required")),
            // The spec makes an empty operationName the same as none.
            OperationName = Parameter(request, "operationName") is { Length: > 0 } name ? name : null,
            Variables = JsonMapParameter(request, "variables"),
            Extensions = extensions,
        };
    }

    private static void RequireJsonContentType(HttpRequest request)
    {
        // What clients send nearly always, accepted without parsing the header.
        if (request.ContentType is ResponseMediaType.Json or "application/json; charset=utf-8")
            return;
        if (request.ContentType is null)
            throw UnsupportedMediaType("a POST needs the header Content-Type: application/json");
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase))
            throw UnsupportedMediaType($"Content-Type '{request.ContentType}' is not supported; send application/json");
        if (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            throw UnsupportedMediaType($"charset '{type.Charset}' is not supported; send UTF-8");
    }

    private static HttpRequestError UnsupportedMediaType(string message) =>
        new(StatusCodes.Status415UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE", message);

    // The spec makes null the same as absent for every optional parameter.
    private static string? StringProperty(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw HttpRequestError.BadRequest($"'{name}' must be a string, not {Describe(value.ValueKind)}");

    private Inputs? MapProperty(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? ToInputs(value, $"'{name}'") : null;

    private static string? Parameter(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values)
            ? values.Count == 1 ? values[0] : throw HttpRequestError.BadRequest($"the '{name}' parameter is given {values.Count} times")
            : null;

    private Inputs? JsonMapParameter(HttpRequest request, string name)
    {
        if (Parameter(request, name) is not { } text)
            return null;
        try
        {
            using var json = JsonDocument.Parse(text);
            return ToInputs(json.RootElement, $"the '{name}' parameter");
        }
        catch (JsonException e)
        {
            throw HttpRequestError.BadRequest($"the '{name}' parameter is not valid JSON: {e.Message}");
        }
    }

    private Inputs? ToInputs(JsonElement value, string what) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(value),
        _ => throw HttpRequestError.BadRequest($"{what} must be a JSON object, not {Describe(value.ValueKind)}"),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
