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
        var error = await Assert.ThrowsAsync<CommandLineException>(() =>
            LoadCommand.RunAsync(["--neo4j", "http://127.0.0.1:1", "--bolt", "x"], new StringWriter(), new StringWriter(), _ => null));

        Assert.StartsWith("unknown option '--bolt'", error.Message);
    }

    [Fact]
    public async Task The_neo4j_uri_is_required()
    {
        var error = await Assert.ThrowsAsync<CommandLineException>(() =>
            LoadCommand.RunAsync(["--seeds", RepoPaths.Seeds], new StringWriter(), new StringWriter(), _ => null));

        Assert.Equal("option '--neo4j' is required", error.Message);
    }

    [Theory]
    [InlineData("bolt://localhost:7687")]
    [InlineData("http://neo4j:secret@localhost:7474")]
    public async Task A_uri_that_is_not_plain_http_is_refused(string uri)
    {
        var error = await Assert.ThrowsAsync<CommandLineException>(() =>
            LoadCommand.RunAsync(["--neo4j", uri], new StringWriter(), new StringWriter(), _ => null));

        Assert.StartsWith("--neo4j: ", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public async Task A_batch_size_that_is_not_a_positive_number_is_refused()
    {
        var error = await Assert.ThrowsAsync<CommandLineException>(() =>
            LoadCommand.RunAsync(["--neo4j", "http://127.0.0.1:1", "--batch-size", "0"], new StringWriter(), new StringWriter(), _ => null));

        Assert.Equal("--batch-size: '0' is not a positive whole number", error.Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_unreachable_server_exits_2_with_a_one_line_error_that_holds_no_password(bool passwordFromEnvironment)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        string[] args = passwordFromEnvironment
            ? ["--neo4j", "http://127.0.0.1:1", "--seeds", RepoPaths.Seeds]
            : ["--neo4j", "http://127.0.0.1:1", "--seeds", RepoPaths.Seeds, "--user", "neo4j", "--password", Password];
        Func<string, string?> environment = name => name switch { "NEO4J_USER" => "neo4j", "NEO4J_PASSWORD" => Password, _ => null };

        var exitCode = await LoadCommand.RunAsync(args, output, error, environment);

        Assert.Equal(2, exitCode);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: cannot load into Neo4j at http://127.0.0.1:1/: ", line);
        Assert.DoesNotContain(Password, error.ToString() + output);
    }
}
