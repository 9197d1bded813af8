using GraphApi.Commands;

namespace GraphApi.Tests.Commands;

/// <summary>
/// The <c>load</c> command's options and its errors. No Neo4j server is involved: the unreachable case
/// points at a closed local port, so these tests check the command line and the error, not a load.
/// </summary>
public sealed class LoadCommandTests
{
    private const string Password = "hunter2-Pa55word";

    [Fact]
    public async Task An_unknown_option_is_refused()
    {
        var result = await Cli.RunAsync(["load", "--neo4j", "http://127.0.0.1:1", "--bolt", "x"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("Unknown option 'bolt'.", result.Message);
    }

    [Fact]
    public async Task The_neo4j_uri_is_required()
    {
        var result = await Cli.RunAsync(["load", "--seeds", RepoPaths.Seeds]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("option '--neo4j' is required", result.Message);
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("http://neo4j:secret@localhost:7474")]
    public async Task A_uri_that_is_not_plain_http_is_refused(string uri)
    {
        var result = await Cli.RunAsync(["load", "--neo4j", uri]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("--neo4j: ", result.Message);
        Assert.DoesNotContain("secret", result.Message);
    }

    [Fact]
    public async Task A_batch_size_that_is_not_a_positive_number_is_refused()
    {
        var result = await Cli.RunAsync(["load", "--neo4j", "http://127.0.0.1:1", "--batch-size", "0"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--batch-size: '0' is not a positive whole number", result.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_unreachable_server_exits_2_with_a_one_line_error_that_holds_no_password(bool passwordFromEnvironment)
    {
        var output = new StringWriter();
        string[] args = passwordFromEnvironment
            ? ["--neo4j", "http://127.0.0.1:1", "--seeds", RepoPaths.Seeds]
            : ["--neo4j", "http://127.0.0.1:1", "--seeds", RepoPaths.Seeds, "--user", "neo4j", "--password", Password];
        Func<string, string?> environment = name => name switch { "NEO4J_USER" => "neo4j", "NEO4J_PASSWORD" => Password, _ => null };

        var result = await Cli.RunAsync(["load", .. args], output, environment);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: cannot load into Neo4j at http://127.0.0.1:1/: ", line);
        Assert.DoesNotContain(Password, result.Error + output);
    }
}
