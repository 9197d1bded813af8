namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Where and how to reach Neo4j's HTTP Query API. A class, not a record, so that no generated
/// <c>ToString</c> ever prints the password.
/// </summary>
public sealed class Neo4jOptions
{
    /// <summary>The server's HTTP(S) address, e.g. <c>https://xxxx.databases.neo4j.io</c>; credentials never go in it.</summary>
    public required Uri Uri { get; init; }

    public string Database { get; init; } = "neo4j";

    public string? User { get; init; }

    public string? Password { get; init; }

    /// <summary>How long one HTTP attempt may take before it is given up.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The first retry's delay; later ones double it. Tests set it to zero.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);
}
