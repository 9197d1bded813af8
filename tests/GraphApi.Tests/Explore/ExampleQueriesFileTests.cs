using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Explore;

/// <summary>
/// src/GraphApi/Explore/site/examples.graphql, the example queries of the examples page: blocks separated by a
/// blank line, each a "# description" line and one named query. Read as examples.js reads it.
/// </summary>
public sealed partial class ExampleQueriesFileTests(WebApplicationFactory<Program> app) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly string FilePath = Path.Combine(RepoPaths.Root, "src", "GraphApi", "Explore", "site", "examples.graphql");

    [GeneratedRegex(@"\n\s*\n(?=#)")]
    private static partial Regex BlockSeparator();

    public static IReadOnlyList<(string Description, string Name, string Query)> Examples() =>
        BlockSeparator().Split(File.ReadAllText(FilePath).ReplaceLineEndings("\n")).Select(b => b.Trim()).Where(b => b.Length > 0).Select(block =>
        {
            var lines = block.Split('\n');
            var query = string.Join("\n", lines[1..]);
            return (lines[0].TrimStart('#', ' '), Regex.Match(query, @"^query\s+(\w+)", RegexOptions.Multiline).Groups[1].Value, query);
        }).ToList();

    public static TheoryData<string> Names => [.. Examples().Select(e => e.Name)];

    [Fact]
    public void There_are_ten_examples_each_with_a_one_line_description_and_a_distinct_name()
    {
        var examples = Examples();

        Assert.Equal(10, examples.Count);
        Assert.All(examples, e => Assert.True(e.Description.Length > 20 && !e.Description.Contains('\n'), $"{e.Name}: '{e.Description}'"));
        Assert.Equal(examples.Count, examples.Select(e => e.Name).Where(n => n.Length > 0).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_example_runs_without_errors_and_finds_something(string name)
    {
        var query = Examples().Single(e => e.Name == name).Query;

        using var response = await app.CreateClient().PostAsJsonAsync("/graphql", new { query });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.False(json.RootElement.TryGetProperty("errors", out var errors), errors.ToString());
        var data = json.RootElement.GetProperty("data");
        Assert.All(data.EnumerateObject(), field => Assert.NotEqual(JsonValueKind.Null, field.Value.ValueKind));
        Assert.True(data.ToString().Length > 50, data.ToString());
    }

    [Fact]
    public async Task The_examples_page_and_its_file_are_served_with_a_policy_that_allows_this_origin_only()
    {
        using var response = await app.CreateClient().GetAsync("/explore/examples.graphql");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(FilePath), await response.Content.ReadAsStringAsync());
        Assert.StartsWith("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
    }
}
