using System.Buffers;
using System.Diagnostics;
using System.Text;
using GraphApi.Caching;
using GraphApi.Schema.Loading;
using GraphApi.Telemetry;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace GraphApi.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: negotiates the response media type, reads the request, resolves a persisted
/// query, answers from the result cache or executes it within the configured limits, and answers with the spec's
/// status code for that media type.
/// </summary>
internal sealed class GraphQLHttpEndpoint(
    IDocumentExecuter executer,
    IGraphQLTextSerializer serializer,
    IOptions<GraphQLHttpOptions> options,
    PersistedQueries persistedQueries,
    ResultCache cache,
    DocumentCache documents,
    OperationMetrics metrics)
{
    public const string DebugHeader = "X-GraphQL-Debug";

    private static readonly IValidationRule[] GetRules = [.. DocumentValidator.CoreRules, QueriesOnlyOverGet.Instance];
    private static readonly IValidationRule[] CachedGetRules = [QueriesOnlyOverGet.Instance];

    private readonly GraphQLHttpRequestReader _reader = new(serializer);

    public async Task HandleAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        var record = http.RequestServices.GetRequiredService<OperationRecord>();
        using var activity = OperationTracing.Start();
        try
        {
            await AnswerAsync(http, record);
        }
        finally
        {
            var storeCalls = http.RequestServices.GetRequiredService<StoreLoader>().Calls;
            if (activity is not null) OperationTracing.Complete(activity, record, storeCalls);
            metrics.Operation(record, Stopwatch.GetElapsedTime(started), storeCalls);
        }
    }

    private async Task AnswerAsync(HttpContext http, OperationRecord record)
    {
        var mediaType = ResponseMediaType.Negotiate(http.Request);
        if (mediaType is null)
        {
            // Nothing the client accepts can be sent; the error still goes as JSON so that a person can read it.
            await WriteAsync(http, ResponseMediaType.Json, new ExecutionResult(new HttpRequestError(
                StatusCodes.Status406NotAcceptable,
                "NOT_ACCEPTABLE",
                $"Accept '{http.Request.Headers.Accept}' allows neither {ResponseMediaType.GraphQLResponse} nor {ResponseMediaType.Json}")));
            return;
        }

        GraphQLRequest? request = null;
        ExecutionResult result;
        try
        {
            var isGet = HttpMethods.IsGet(http.Request.Method);
            var schema = http.RequestServices.GetRequiredService<ISchema>();
            var body = isGet ? default : await GraphQLHttpRequestReader.ReadPostBodyAsync(http.Request, options.Value.MaxRequestBytes);
            // A client repeating a request byte for byte is answered before anything is parsed.
            var raw = cache.RawKey(isGet, isGet ? Encoding.UTF8.GetBytes(http.Request.QueryString.Value ?? "") : body, schema);
            if (raw is not null && !DebugRequested(http.Request, request: null) && cache.Find(raw) is { } known)
            {
                (record.Request, record.OperationName, record.OperationType, record.Cache) = (known.Request, known.OperationName, "query", CacheStatus.Hit);
                await WriteDataAsync(http, mediaType, known.Data, CacheStatus.Hit, debug: false);
                return;
            }

            request = isGet ? _reader.ReadGet(http.Request) : _reader.ParsePost(body);
            request = await persistedQueries.ResolveAsync(request, http.RequestAborted);
            record.Request = request;
            record.OperationName = request.OperationName;
            var (resolved, debug) = (request, DebugRequested(http.Request, request));
            // A debugging request wants to see its execution, so it is executed even when cached.
            var answer = await cache.AnswerAsync(resolved, schema, read: !debug,
                () => ExecuteAsync(http, resolved, isGet, record), http.RequestAborted);
            record.Cache = answer.Status;
            if (answer.Data is { } data)
            {
                // Only results of queries are cached. The name, when the client did not send it, is known if this
                // instance has executed the document before.
                record.OperationType = "query";
                if (record.OperationName is null && resolved.Query is { } query)
                    record.OperationName = documents.OperationNameOf(query);
                // Not for a debugging request: the same bytes again must be executed again.
                if (raw is not null && !debug)
                    cache.Remember(raw, data, resolved, record.OperationName);
                await WriteDataAsync(http, mediaType, data, answer.Status, debug);
                return;
            }
            result = answer.Result!;
        }
        catch (ExecutionError error) when (error is HttpRequestError or PersistedQueryNotFoundError)
        {
            result = new ExecutionResult(error);
        }

        record.Errors = result.Errors?.Count ?? 0;
        if (DebugRequested(http.Request, request))
            AddDebugExtensions(result, http.RequestServices.GetRequiredService<GraphQLRequestExtensions>());
        await WriteAsync(http, mediaType, result);
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, bool isGet, OperationRecord record)
    {
        var result = await ExecuteAsync(http, request, isGet);
        record.OperationName ??= result.Operation?.Name?.StringValue;
        record.OperationType = result.Operation?.Operation.ToString().ToLowerInvariant();
        return result;
    }

    private async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, bool isGet)
    {
        var seconds = options.Value.TimeoutSeconds;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(seconds));
        try
        {
            return await executer.ExecuteAsync(new ExecutionOptions
            {
                // Resolved per request, so the schema may be registered as a singleton or as a scoped service.
                Schema = http.RequestServices.GetRequiredService<ISchema>(),
                Query = request.Query,
                OperationName = request.OperationName,
                Variables = request.Variables,
                Extensions = request.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                CancellationToken = timeout.Token,
                // null lets GraphQL.NET use its standard rules; the complexity rule is appended by configuration.
                ValidationRules = isGet ? GetRules : null,
                CachedDocumentValidationRules = isGet ? CachedGetRules : null,
            });
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            return new ExecutionResult(new QueryTimeoutError(seconds));
        }
    }

    private static bool DebugRequested(HttpRequest http, GraphQLRequest? request) =>
        http.Headers[DebugHeader] == "1"
        || request?.Extensions?.TryGetValue("debug", out var debug) == true && debug is true;

    private static void AddDebugExtensions(ExecutionResult result, GraphQLRequestExtensions extensions)
    {
        foreach (var (key, value) in extensions.Values)
            (result.Extensions ??= [])[key] = value;
    }

    /// <summary>A successful response from its cached <c>data</c>, with <c>extensions.cache</c> saying whether it was a hit.</summary>
    private async Task WriteDataAsync(HttpContext http, string mediaType, byte[] data, CacheStatus status, bool debug)
    {
        var response = http.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ResponseMediaType.WithCharset(mediaType);
        ReadOnlySpan<byte> extensions = debug ? DebugExtensions(http, status) : CacheExtensions(status);
        response.ContentLength = DataPrefix.Length + data.Length + extensions.Length + 1;
        var body = response.BodyWriter;
        body.Write(DataPrefix);
        body.Write(data);
        body.Write(extensions);
        body.Write("}"u8);
        await body.FlushAsync(http.RequestAborted);
    }

    private static ReadOnlySpan<byte> DataPrefix => "{\"data\":"u8;

    // Written on every answer from the cache, so spelt out once rather than serialized each time.
    private static ReadOnlySpan<byte> CacheExtensions(CacheStatus status) => status switch
    {
        CacheStatus.Hit => ",\"extensions\":{\"cache\":\"hit\"}"u8,
        CacheStatus.Miss => ",\"extensions\":{\"cache\":\"miss\"}"u8,
        CacheStatus.Bypass => ",\"extensions\":{\"cache\":\"bypass\"}"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "data comes from the cache only with a hit, a miss or a bypass"),
    };

    private byte[] DebugExtensions(HttpContext http, CacheStatus status)
    {
        var extensions = new Dictionary<string, object?> { ["cache"] = status.ToString().ToLowerInvariant() };
        foreach (var (key, value) in http.RequestServices.GetRequiredService<GraphQLRequestExtensions>().Values)
            extensions[key] = value;
        return Encoding.UTF8.GetBytes(",\"extensions\":" + serializer.Serialize(extensions));
    }

    private async Task WriteAsync(HttpContext http, string mediaType, ExecutionResult result)
    {
        var response = http.Response;
        response.StatusCode = ResponseStatus.Of(result, mediaType);
        if (response.StatusCode == StatusCodes.Status405MethodNotAllowed)
            response.Headers.Allow = HttpMethods.Post;
        response.ContentType = ResponseMediaType.WithCharset(mediaType);
        await serializer.WriteAsync(response.Body, result, http.RequestAborted);
    }
}
