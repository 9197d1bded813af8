using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Runs Cypher through Neo4j's HTTP Query API (<c>POST /db/{database}/query/v2</c>, explicit transactions
/// under <c>/query/v2/tx</c>), the one way to reach Aura from where a Bolt driver cannot go.
/// Parameters and results travel as typed JSON. After a statement or transaction that wrote, its
/// bookmarks go with every following request, so that a read after a load sees the load even when
/// another cluster member answers it.
/// </summary>
public sealed class Neo4jQueryApiClient : ITransactionalCypherRunner
{
    private const string TypedJson = "application/vnd.neo4j.query";
    // Aura routes every request of an explicit transaction to the member that began it by this header.
    private const string ClusterAffinity = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly string _baseAddress;
    private readonly string _database;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly TimeSpan _timeout;
    private readonly ResiliencePipeline _retrying;
    private readonly ResiliencePipeline _once;
    // The bookmarks of the last write, sent with every following request.
    private volatile IReadOnlyList<string> _bookmarks = [];

    public Neo4jQueryApiClient(HttpClient http, Neo4jOptions options)
    {
        if (!string.IsNullOrEmpty(options.Uri.UserInfo))
            throw new ArgumentException("The Neo4j URI must not contain credentials; give the user and password as options.", nameof(options));
        _http = http;
        _database = options.Database;
        _baseAddress = $"{options.Uri.GetLeftPart(UriPartial.Authority)}{options.Uri.AbsolutePath.TrimEnd('/')}/db/{Uri.EscapeDataString(options.Database)}/query/v2";
        if (options.User is not null)
            _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{options.User}:{options.Password}")));
        _timeout = options.Timeout;
        _once = new ResiliencePipelineBuilder().AddTimeout(options.Timeout).Build();
        _retrying = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<Neo4jException>(e => e.IsTransient),
                MaxRetryAttempts = 2,
                BackoffType = DelayBackoffType.Exponential,
                Delay = options.RetryDelay,
            })
            .AddTimeout(options.Timeout)
            .Build();
    }

    /// <summary>
    /// Runs one statement in its own (implicit) transaction. Transient failures are retried, so a statement
    /// sent here must be safe to repeat: the loader's MERGE and SET are.
    /// </summary>
    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        using var activity = StoreTelemetry.StartStatement(_database, statement.Text);
        try
        {
            var response = await SendAsync(HttpMethod.Post, "", StatementBody(statement, _bookmarks), null, retry: true, cancellationToken);
            if (ContainsUpdates(response.Body)) RememberBookmarks(response.Body);
            return ReadResult(response.Body);
        }
        catch (Exception e) when (activity is not null)
        {
            activity.SetStatus(System.Diagnostics.ActivityStatusCode.Error, e is Neo4jException neo4j ? neo4j.Code : e.GetType().Name);
            throw;
        }
    }

    public async Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Post, "/tx", BeginBody(_bookmarks), null, retry: true, cancellationToken);
        var id = response.Body.GetProperty("transaction").GetProperty("id").GetString()
            ?? throw new Neo4jException("Neo4j.Client.InvalidResponse", "the transaction has no id");
        return new Neo4jTransaction(this, id, response.ClusterAffinity);
    }

    // Inside an explicit transaction a failed request cannot simply be repeated: Neo4j rolls the
    // transaction back on an error, so only the whole transaction could be retried.
    internal Task<QueryApiResponse> SendInTransactionAsync(HttpMethod method, string path, byte[]? body, string? clusterAffinity, CancellationToken cancellationToken) =>
        SendAsync(method, path, body, clusterAffinity, retry: false, cancellationToken);

    internal void RememberBookmarks(JsonElement body)
    {
        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("bookmarks", out var bookmarks) && bookmarks.GetArrayLength() > 0)
            _bookmarks = bookmarks.EnumerateArray().Select(b => b.GetString()!).ToList();
    }

    internal static byte[] StatementBody(CypherStatement statement, IReadOnlyList<string>? bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("statement", statement.Text);
            json.WriteStartObject("parameters");
            foreach (var (name, value) in statement.Parameters)
            {
                json.WritePropertyName(name);
                TypedJsonWriter.WriteValue(json, value);
            }
            json.WriteEndObject();
            // Counters tell whether the statement wrote, and so whether its bookmarks matter.
            json.WriteBoolean("includeCounters", true);
            WriteBookmarks(json, bookmarks);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    internal static bool ContainsUpdates(JsonElement body) =>
        body.TryGetProperty("counters", out var counters)
        && (counters.TryGetProperty("containsUpdates", out var updates) && updates.GetBoolean()
            || counters.TryGetProperty("containsSystemUpdates", out var system) && system.GetBoolean());

    internal static CypherResult ReadResult(JsonElement body)
    {
        if (!body.TryGetProperty("data", out var data)) return new CypherResult([], []);
        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        var rows = data.GetProperty("values").EnumerateArray()
            .Select(row => (IReadOnlyList<object?>)row.EnumerateArray().Select(TypedJsonReader.ReadValue).ToList())
            .ToList();
        return new CypherResult(fields, rows);
    }

    private static byte[] BeginBody(IReadOnlyList<string> bookmarks)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            WriteBookmarks(json, bookmarks);
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static void WriteBookmarks(Utf8JsonWriter json, IReadOnlyList<string>? bookmarks)
    {
        if (bookmarks is not { Count: > 0 }) return;
        json.WriteStartArray("bookmarks");
        foreach (var bookmark in bookmarks) json.WriteStringValue(bookmark);
        json.WriteEndArray();
    }

    private async Task<QueryApiResponse> SendAsync(HttpMethod method, string path, byte[]? body, string? clusterAffinity, bool retry, CancellationToken cancellationToken)
    {
        try
        {
            return await (retry ? _retrying : _once).ExecuteAsync(
                async token => await SendOnceAsync(method, path, body, clusterAffinity, token), cancellationToken);
        }
        catch (TimeoutRejectedException)
        {
            throw new TimeoutException($"Neo4j did not answer within {_timeout.TotalSeconds:0.###} s");
        }
    }

    private async Task<QueryApiResponse> SendOnceAsync(HttpMethod method, string path, byte[]? body, string? clusterAffinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, _baseAddress + path);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson));
        if (clusterAffinity is not null) request.Headers.TryAddWithoutValidation(ClusterAffinity, clusterAffinity);
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson);
        }
        using var response = await _http.SendAsync(request, cancellationToken);
        var json = ParseOrDefault(await response.Content.ReadAsStringAsync(cancellationToken));
        if (json.ValueKind == JsonValueKind.Object && json.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            throw new Neo4jException(first.GetProperty("code").GetString()!, first.GetProperty("message").GetString()!, response.StatusCode);
        }
        if (!response.IsSuccessStatusCode)
            throw new Neo4jException($"HTTP {(int)response.StatusCode}", response.ReasonPhrase ?? response.StatusCode.ToString(), response.StatusCode);
        var affinity = response.Headers.TryGetValues(ClusterAffinity, out var values) ? values.FirstOrDefault() : null;
        return new QueryApiResponse(json, affinity ?? clusterAffinity);
    }

    // A proxy in front of Neo4j may answer an error page instead of JSON.
    private static JsonElement ParseOrDefault(string text)
    {
        if (text.Length == 0) return default;
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    internal sealed record QueryApiResponse(JsonElement Body, string? ClusterAffinity);
}
