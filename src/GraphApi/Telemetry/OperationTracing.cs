using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using GraphApi.Caching;

namespace GraphApi.Telemetry;

/// <summary>
/// The span of one GraphQL operation (source <see cref="SourceName"/>), under ASP.NET Core's span of the request and
/// over the store calls' spans. It carries the operation's name and type, the SHA-256 of its document (the same hash
/// Automatic Persisted Queries use), the store calls, the cache status and the number of errors; never the
/// document or the variables.
/// </summary>
public static class OperationTracing
{
    public const string SourceName = "GraphApi";

    public static readonly ActivitySource Source = new(SourceName);

    public static Activity? Start() => Source.StartActivity("graphql", ActivityKind.Internal);

    public static void Complete(Activity activity, OperationRecord record, int storeCalls)
    {
        activity.DisplayName = record.OperationName is { Length: > 0 } name
            ? $"{record.OperationType ?? "graphql"} {name}"
            : record.OperationType ?? "graphql";
        if (record.OperationName is not null) activity.SetTag("graphql.operation.name", record.OperationName);
        if (record.OperationType is not null) activity.SetTag("graphql.operation.type", record.OperationType);
        if (record.Request?.Query is { } query)
            activity.SetTag("graphql.document.sha256", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query))));
        activity.SetTag("graphapi.store.calls", storeCalls);
        if (record.Cache != CacheStatus.None) activity.SetTag("graphapi.cache.status", OperationMetrics.Status(record.Cache));
        activity.SetTag("graphapi.errors", record.Errors);
        if (record.Errors > 0) activity.SetStatus(ActivityStatusCode.Error, $"{record.Errors} GraphQL error(s)");
    }
}
