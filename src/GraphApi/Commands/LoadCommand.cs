using System.ComponentModel;
using System.Globalization;
using GraphApi.Corpus;
using GraphApi.Stores.Neo4j;
using Spectre.Console.Cli;

namespace GraphApi.Commands;

/// <summary>
/// <c>load --neo4j URI [--database NAME] [--user U] [--password P] [--batch-size N] [--seeds DIR]</c>: builds the
/// graph and loads it into Neo4j through the HTTP Query API. The user and password default to NEO4J_USER and
/// NEO4J_PASSWORD, so that the password need not appear in the shell's history.
/// </summary>
public static class LoadCommand
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--neo4j <URI>")]
        [Description("The server's http(s) address, e.g. http://localhost:7474 (required)")]
        public string? Neo4j { get; init; }

        [CommandOption("--database <NAME>")]
        [Description("The database to load into")]
        [DefaultValue("neo4j")]
        public string Database { get; init; } = "neo4j";

        [CommandOption("--user <USER>")]
        [Description("Defaults to NEO4J_USER")]
        public string? User { get; init; }

        [CommandOption("--password <PASSWORD>")]
        [Description("Defaults to NEO4J_PASSWORD, which keeps it out of the shell's history")]
        public string? Password { get; init; }

        [CommandOption("--batch-size <ROWS>")]
        [Description("Rows per transaction")]
        [DefaultValue("500")]
        // Read as text, so that a bad value is reported with the option's name.
        public string BatchSize { get; init; } = Neo4jGraphLoader.DefaultBatchSize.ToString(CultureInfo.InvariantCulture);

        [CommandOption("--seeds <DIR>")]
        [Description(SeedsFolder.Help)]
        public string? Seeds { get; init; }
    }

    public static async Task<int> RunAsync(Settings settings, TextWriter output, TextWriter error, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var neo4j = new Neo4jOptions
        {
            Uri = ServerUri(settings.Neo4j ?? throw CommandLineException.Missing("--neo4j")),
            Database = settings.Database,
            User = settings.User ?? environment("NEO4J_USER"),
            Password = settings.Password ?? environment("NEO4J_PASSWORD"),
        };
        var batchSize = int.TryParse(settings.BatchSize, NumberStyles.None, CultureInfo.InvariantCulture, out var size) && size > 0
            ? size
            : throw new CommandLineException($"--batch-size: '{settings.BatchSize}' is not a positive whole number");
        var seeds = SeedsFolder.Find(settings.Seeds);
        var progress = CommandProgress.For(output);
        var graph = progress.Step($"reading the corpus in {seeds}", () => CorpusIngestor.Ingest(seeds).Graph);

        // Each attempt has its own timeout (Neo4jOptions.Timeout); HttpClient's own would cut across retries.
        using var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        var loader = new Neo4jGraphLoader(new Neo4jQueryApiClient(http, neo4j), batchSize);
        try
        {
            var result = await progress.StepAsync($"loading into {neo4j.Database} at {neo4j.Uri}",
                report => loader.LoadAsync(graph, CancellationToken.None, report));
            output.WriteLine($"loaded {result.Nodes} nodes and {result.Relationships} relationships in {result.Batches} batches ({result.Statements} statements) into {neo4j.Database} at {neo4j.Uri}; removed {result.Removed} left from an earlier load");
            return 0;
        }
        // These messages are Neo4j's code and message or the network's; none holds the password or the Authorization header.
        catch (Exception e) when (e is Neo4jException or Neo4jLoadException or HttpRequestException or TimeoutException)
        {
            error.WriteLine($"error: cannot load into Neo4j at {neo4j.Uri}: {e.Message}");
            return 2;
        }
    }

    private static Uri ServerUri(string given)
    {
        if (!Uri.TryCreate(given, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new CommandLineException($"--neo4j: '{given}' is not an http(s) URI; the Query API is served over HTTP, e.g. https://xxxx.databases.neo4j.io");
        if (!string.IsNullOrEmpty(uri.UserInfo))
            throw new CommandLineException("--neo4j: the URI must not contain credentials; use --user and --password or NEO4J_USER and NEO4J_PASSWORD");
        return uri;
    }
}
