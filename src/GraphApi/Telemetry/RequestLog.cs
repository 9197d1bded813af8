using System.Diagnostics;
using GraphApi.Schema.Loading;
using GraphQL;

namespace GraphApi.Telemetry;

/// <summary>
/// One structured log line per request (category <c>GraphApi.RequestLog</c>, level Information): method, path, status,
/// duration, and for GraphQL its operation name and type, store calls, cache status and errors, and the client's
/// address. With <c>Logging__Console__FormatterName=json</c> each is a field. The document and the variables can hold
/// what a user typed, so they are logged only when <c>Logging:LogDocuments</c> is true.
/// </summary>
public static partial class RequestLog
{
    public const string Category = "GraphApi.RequestLog";

    /// <summary>Logs every request that passes after this point; off (no work) when the category's level is above Information.</summary>
    public static WebApplication UseRequestLog(this WebApplication app)
    {
        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        var documents = app.Configuration.GetValue<bool>("Logging:LogDocuments");
        var serializer = app.Services.GetRequiredService<IGraphQLTextSerializer>();
        app.Use(async (http, next) =>
        {
            if (!log.IsEnabled(LogLevel.Information))
            {
                await next(http);
                return;
            }
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(http);
            }
            finally
            {
                Write(log, http, Stopwatch.GetElapsedTime(started), documents, serializer);
            }
        });
        return app;
    }

    private static void Write(ILogger log, HttpContext http, TimeSpan duration, bool documents, IGraphQLTextSerializer serializer)
    {
        var record = http.RequestServices.GetService<OperationRecord>();
        var client = http.Connection.RemoteIpAddress?.ToString() ?? "-";
        var status = http.RequestAborted.IsCancellationRequested ? 499 : http.Response.StatusCode;
        if (record?.Request is null)
        {
            Request(log, http.Request.Method, http.Request.Path, status, duration.TotalMilliseconds, client);
            return;
        }
        var storeCalls = http.RequestServices.GetRequiredService<StoreLoader>().Calls;
        var cache = OperationMetrics.Status(record.Cache);
        if (documents)
            OperationWithDocument(log, http.Request.Method, http.Request.Path, status, duration.TotalMilliseconds, record.OperationName, record.OperationType,
                storeCalls, cache, record.Errors, client, record.Request.Query, record.Request.Variables is { } variables ? serializer.Serialize(variables) : null);
        else
            Operation(log, http.Request.Method, http.Request.Path, status, duration.TotalMilliseconds, record.OperationName, record.OperationType,
                storeCalls, cache, record.Errors, client);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information,
        Message = "{Method} {Path} {Status} in {DurationMs:0.0} ms from {Client}")]
    private static partial void Request(ILogger log, string method, string path, int status, double durationMs, string client);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information,
        Message = "{Method} {Path} {Status} in {DurationMs:0.0} ms from {Client}: {OperationType} {OperationName}, {StoreCalls} store calls, cache {Cache}, {Errors} errors")]
    private static partial void Operation(ILogger log, string method, string path, int status, double durationMs, string? operationName, string? operationType,
        int storeCalls, string cache, int errors, string client);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information,
        Message = "{Method} {Path} {Status} in {DurationMs:0.0} ms from {Client}: {OperationType} {OperationName}, {StoreCalls} store calls, cache {Cache}, {Errors} errors; document {Document} variables {Variables}")]
    private static partial void OperationWithDocument(ILogger log, string method, string path, int status, double durationMs, string? operationName, string? operationType,
        int storeCalls, string cache, int errors, string client, string? document, string? variables);
}
