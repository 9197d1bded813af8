using System.Diagnostics;

namespace GraphApi.Stores;

/// <summary>
/// The spans of the store layer: one per store call (started by whoever counts the calls) and, under it, one per
/// Cypher statement sent to Neo4j. Without a listener (telemetry off) <see cref="ActivitySource.StartActivity(string, ActivityKind)"/>
/// returns null and costs next to nothing.
/// </summary>
public static class StoreTelemetry
{
    public const string SourceName = "GraphApi.Stores";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>A span around <paramref name="call"/>, named after the store operation; failures mark it as an error.</summary>
    public static Task<T> TraceAsync<T>(string operation, Func<Task<T>> call) =>
        Source.HasListeners() ? TracedAsync(operation, call) : call();

    /// <summary>A span for one Cypher statement: its first line as the summary, never its parameters' values.</summary>
    public static Activity? StartStatement(string database, string text)
    {
        var activity = Source.StartActivity("neo4j", ActivityKind.Client);
        if (activity is null) return null;
        var newline = text.AsSpan().IndexOfAny('\r', '\n');
        var firstLine = (newline < 0 ? text : text[..newline]).Trim();
        activity.DisplayName = firstLine;
        activity.SetTag("db.system.name", "neo4j");
        activity.SetTag("db.namespace", database);
        activity.SetTag("db.query.summary", firstLine);
        return activity;
    }

    private static async Task<T> TracedAsync<T>(string operation, Func<Task<T>> call)
    {
        using var activity = Source.StartActivity("store " + operation, ActivityKind.Internal);
        activity?.SetTag("graphapi.store.operation", operation);
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception e) when (activity is not null)
        {
            activity.SetStatus(ActivityStatusCode.Error, e.GetType().Name);
            throw;
        }
    }
}
