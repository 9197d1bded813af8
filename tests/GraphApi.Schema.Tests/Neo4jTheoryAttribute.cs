namespace GraphApi.Schema.Tests;

/// <summary>A theory that runs only against a real Neo4j server, named by NEO4J_URI; reported as skipped otherwise.</summary>
public sealed class Neo4jTheoryAttribute : TheoryAttribute
{
    public Neo4jTheoryAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NEO4J_URI")))
            Skip = "NEO4J_URI is not set: no Neo4j server to compare with";
    }
}
