namespace GraphApi.Tests.Commands;

public sealed class CommandLineTests
{
    private static readonly string[] Commands = ["serve", "ingest", "export", "schema", "load", "report"];

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_lists_every_command_and_how_to_serve(string flag)
    {
        var result = Cli.Run([flag]);

        Assert.Equal(0, result.ExitCode);
        Assert.Null(result.Served);
        Assert.Contains("GraphApi [OPTIONS] <COMMAND>", result.Output);
        foreach (var command in Commands)
            Assert.Matches($@"(?m)^\s+{command}\s+\S", result.Output);
        Assert.Contains("Starts the API (the default when no command is given)", result.Output);
    }

    [Theory]
    [InlineData("ingest", "--seeds <DIR>")]
    [InlineData("export", "--format <FORMAT>    json", "--out <PATH>", "--seeds <DIR>")]
    [InlineData("schema", "--out <FILE>")]
    [InlineData("load", "--neo4j <URI>", "--database <NAME>        neo4j", "--user <USER>", "--password <PASSWORD>", "--batch-size <ROWS>      500", "--seeds <DIR>")]
    [InlineData("report", "--clause <NUMBER>", "--out <FILE>", "--format <FORMAT>    markdown", "--seeds <DIR>")]
    // An option with a default shows it in the DEFAULT column, right after its name.
    public void Each_command_s_help_lists_its_options_with_their_defaults(string command, params string[] options)
    {
        var result = Cli.Run([command, "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"GraphApi {command} [OPTIONS]", result.Output);
        foreach (var option in options)
            Assert.Contains(option, result.Output);
    }

    [Fact]
    public void Serve_s_help_says_how_its_settings_are_given_and_does_not_serve()
    {
        var result = Cli.Run(["serve", "--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Null(result.Served);
        Assert.Contains("GraphApi serve [OPTIONS]", result.Output);
        Assert.Contains("--Section:Key VALUE", result.Output);
        Assert.Contains("RateLimit:PermitsPerSecond (50, 0 = off)", result.Output);
    }

    [Fact]
    public void Without_a_command_the_program_serves()
    {
        Assert.Equal([], Cli.Run([]).Served!);
    }

    [Fact]
    public void Serve_hands_its_settings_to_the_host()
    {
        var result = Cli.Run(["serve", "--urls", "http://127.0.0.1:5099", "--Graph:Store", "neo4j"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["--urls", "http://127.0.0.1:5099", "--Graph:Store", "neo4j"], result.Served!);
    }

    [Fact]
    public void Settings_without_a_command_serve_as_they_always_did()
    {
        Assert.Equal(["--urls", "http://127.0.0.1:5099", "--Cache:Results", "false"], Cli.Run(["--urls", "http://127.0.0.1:5099", "--Cache:Results", "false"]).Served!);
    }

    [Fact]
    public void An_unknown_command_exits_2_with_the_usage()
    {
        var result = Cli.Run(["frobnicate"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Null(result.Served);
        Assert.Equal("Unknown command 'frobnicate'.", result.Message);
        Assert.Contains("usage: GraphApi [COMMAND] [OPTIONS]", result.Error);
    }

    [Theory]
    [InlineData("export", "--fromat")]
    [InlineData("schema", "--output")]
    [InlineData("report", "--clauses")]
    public void An_unknown_option_exits_2_with_the_usage(string command, string option)
    {
        var result = Cli.Run([command, option, "x"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"Unknown option '{option[2..]}'.", result.Message);
        Assert.Contains("usage: GraphApi [COMMAND] [OPTIONS]", result.Error);
    }

    [Fact]
    public void A_batch_size_that_is_not_a_number_is_refused_by_name()
    {
        var result = Cli.Run(["load", "--neo4j", "http://127.0.0.1:1", "--batch-size", "many"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("--batch-size: 'many' is not a positive whole number", result.Message);
    }
}
