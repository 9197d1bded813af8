using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Connections;

/// <summary>Posts GraphQL to the API in the test server and reads the answer.</summary>
public static class ApiClient
{
    public static async Task<(HttpStatusCode Status, JsonElement Body)> Post(this WebApplicationFactory<Program> factory, string query, object? variables = null, bool debug = false)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (debug) request.Headers.Add("X-GraphQL-Debug", "1");
        var response = await factory.CreateClient().SendAsync(request);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    public static async Task<JsonElement> Data(this WebApplicationFactory<Program> factory, string query, object? variables = null)
    {
        var (status, body) = await factory.Post(query, variables);
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        Assert.Equal(HttpStatusCode.OK, status);
        return body.GetProperty("data");
    }

    public static List<string> Ids(this JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();
}
