using GraphApi.Stores.Neo4j;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>A Query API client wired to a <see cref="RecordingHandler"/>, with retries that do not wait.</summary>
public static class TestClients
{
    public const string Password = "s3cret-Pa55word";

    public static Neo4jQueryApiClient Client(HttpMessageHandler handler, string database = "neo4j", TimeSpan? timeout = null) =>
        new(new HttpClient(handler), new Neo4jOptions
        {
            Uri = new Uri("https://example.databases.neo4j.io"),
            Database = database,
            User = "neo4j",
            Password = Password,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
            RetryDelay = TimeSpan.Zero,
        });

    public static CypherStatement Statement(string text, Dictionary<string, object?>? parameters = null) =>
        new(text, parameters ?? new Dictionary<string, object?>());
}
