using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphApi.Tests.Http;

/// <summary>Sends GraphQL-over-HTTP requests the way the tests need them, well-formed or not.</summary>
public sealed class GraphQLClient(HttpClient http)
{
    /// <summary>The Accept header the spec recommends to clients.</summary>
    public const string Recommended = "application/graphql-response+json; charset=utf-8, application/json; charset=utf-8";

    public Task<GraphQLAnswer> PostAsync(object request, string? accept = Recommended, params (string Name, string Value)[] headers) =>
        PostRawAsync(JsonSerializer.Serialize(request), "application/json", accept, headers);

    public Task<GraphQLAnswer> PostRawAsync(string body, string? contentType = "application/json", string? accept = Recommended, params (string Name, string Value)[] headers)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
            content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept, headers);
    }

    public Task<GraphQLAnswer> PostAsync(HttpContent content, string? accept = Recommended) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content }, accept, []);

    /// <summary>A GET whose parameters are URL-encoded here.</summary>
    public Task<GraphQLAnswer> GetAsync(IEnumerable<(string Name, string Value)> parameters, string? accept = Recommended, params (string Name, string Value)[] headers)
    {
        var query = string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));
        return SendAsync(new HttpRequestMessage(HttpMethod.Get, "/graphql?" + query), accept, headers);
    }

    public Task<GraphQLAnswer> GetAsync(string query, string? accept = Recommended) => GetAsync([("query", query)], accept);

    private async Task<GraphQLAnswer> SendAsync(HttpRequestMessage message, string? accept, (string Name, string Value)[] headers)
    {
        if (accept is not null)
            message.Headers.TryAddWithoutValidation("Accept", accept);
        foreach (var (name, value) in headers)
            message.Headers.Add(name, value);
        using var response = await http.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer(
            response.StatusCode,
            response.Content.Headers.ContentType?.ToString(),
            body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone(),
            response.Content.Headers.Allow.ToList());
    }
}

/// <summary>What came back: the status, the Content-Type, the JSON body and the Allow header.</summary>
public sealed record GraphQLAnswer(HttpStatusCode Status, string? ContentType, JsonElement Json, IReadOnlyList<string> Allow)
{
    public string FirstError => Json.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public string FirstErrorCode => Json.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString()!;

    public JsonElement Data => Json.GetProperty("data");

    public bool HasData => Json.TryGetProperty("data", out _);
}
