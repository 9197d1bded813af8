using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Connections;

/// <summary>Bad paging and order arguments: a GraphQL error that names the argument and the value, with a code; never a 500.</summary>
public sealed class ArgumentErrorTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Agency = """node(id: "agency:digitaal-vlaanderen") { ... on Agency { decisions(ARGS) { totalCount nodes { id } } } }""";

    private async Task<string> Cursor(string query, string path)
    {
        var data = await factory.Data(query);
        var connection = path.Split('.').Aggregate(data, (e, p) => e.GetProperty(p));
        return connection.GetProperty("edges")[0].GetProperty("cursor").GetString()!;
    }

    [Theory]
    [InlineData("first: 5, last: 5", "INVALID_ARGUMENT", "first: 5 and last: 5")]
    [InlineData("first: 101", "ARGUMENT_OUT_OF_RANGE", "first: 101")]
    [InlineData("first: -1", "ARGUMENT_OUT_OF_RANGE", "first: -1")]
    [InlineData("last: 500", "ARGUMENT_OUT_OF_RANGE", "last: 500")]
    [InlineData("after: \"not a cursor\"", "INVALID_CURSOR", "after: cursor 'not a cursor'")]
    [InlineData("before: \"Y3Vyc29yOjI0\"", "INVALID_CURSOR", "before: cursor 'Y3Vyc29yOjI0'")]
    [InlineData("order: [{ date: DESC, title: ASC }]", "INVALID_ARGUMENT", "order: each element names one field")]
    public async Task A_bad_argument_of_a_nested_connection_is_a_field_error_with_a_code(string arguments, string code, string message)
    {
        var (status, body) = await factory.Post("{ " + Agency.Replace("ARGS", arguments) + " }");

        Assert.Equal(HttpStatusCode.OK, status);
        var error = body.GetProperty("errors")[0];
        Assert.Contains(message, error.GetProperty("message").GetString());
        Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_cursor_of_another_connection_is_refused_by_name()
    {
        var agencyCursor = await Cursor("{ agencies(first: 2) { edges { cursor } } }", "agencies");

        var (status, body) = await factory.Post("query($c: String) { decisions(after: $c) { totalCount } }", new { c = agencyCursor });

        Assert.Equal(HttpStatusCode.OK, status);
        var error = body.GetProperty("errors")[0];
        Assert.Equal("INVALID_CURSOR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"after: cursor '{agencyCursor}'", error.GetProperty("message").GetString());
        Assert.Contains("another connection", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_cursor_of_the_same_connection_in_another_order_is_refused()
    {
        var byDate = await Cursor("""{ node(id: "agency:digitaal-vlaanderen") { ... on Agency { decisions(first: 2, order: [{ date: DESC }]) { edges { cursor } } } } }""", "node.decisions");

        var (_, sameOrder) = await factory.Post("query($c: String) { " + Agency.Replace("ARGS", "after: $c, order: [{ date: DESC }]") + " }", new { c = byDate });
        var (_, otherOrder) = await factory.Post("query($c: String) { " + Agency.Replace("ARGS", "after: $c, order: [{ title: ASC }]") + " }", new { c = byDate });

        Assert.False(sameOrder.TryGetProperty("errors", out _));
        Assert.Equal("INVALID_CURSOR", otherOrder.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("order: [{ budget: DESC }]", "budget")]
    [InlineData("first: \"five\"", "five")]
    [InlineData("where: { date: { gt: 2021 } }", "2021")]
    [InlineData("where: { title: { mode: LOUD } }", "LOUD")]
    public async Task A_value_of_the_wrong_type_or_an_unknown_field_is_a_validation_error(string arguments, string named)
    {
        var (status, body) = await factory.Post("{ " + Agency.Replace("ARGS", arguments) + " }");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(named, body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(body.TryGetProperty("data", out _));
    }
}
