using GraphApi.Schema.Execution;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace GraphApi.Http;

/// <summary>
/// Keeps parsed and validated documents so that a repeated query skips parsing and the standard validation rules.
/// <para>
/// Keyed by the query text alone: the schema is fixed for the process, and the standard rules validate the whole
/// document whichever operation is chosen. What depends on the chosen operation, the variables or the HTTP method
/// (depth, complexity, queries only over GET) is in <see cref="ExecutionOptions.CachedDocumentValidationRules"/>
/// and runs on every request; variables are coerced on every request by GraphQL.NET regardless of rules.
/// </para>
/// <para>
/// Bounded by <see cref="GraphQLHttpOptions.DocumentCacheCharacters"/>; the least recently used documents go first.
/// </para>
/// </summary>
public sealed class DocumentCache(IOptions<GraphQLHttpOptions> options) : IConfigureExecution
{
    private readonly int _capacity = options.Value.DocumentCacheCharacters;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byRecency = new();
    private int _characters;
    private long _hits;
    private long _misses;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public int Count
    {
        get
        {
            lock (_lock)
                return _entries.Count;
        }
    }

    // After the option configurations (100), which set the validation rules this replaces on a hit.
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Query is not { } query || options.Document is not null)
            return await next(options);

        if (Find(query) is { } document)
        {
            Interlocked.Increment(ref _hits);
            options.Document = document;
            options.ValidationRules = options.CachedDocumentValidationRules ?? [];
            KeptDocuments.Mark(options);
            return await next(options);
        }

        Interlocked.Increment(ref _misses);
        var result = await next(options);
        // Executed means the document parsed and passed validation: only then is it known good for later requests.
        if (result.Executed && result.Document is not null)
            Add(query, result.Document);
        return result;
    }

    /// <summary>
    /// The name of the one named operation of a document this cache holds, for the logs and metrics of a request
    /// answered without executing (a cached result) that did not name its operation.
    /// </summary>
    public string? OperationNameOf(string query) =>
        Find(query)?.Definitions.OfType<GraphQLOperationDefinition>().ToList() is [{ Name: { } name }] ? name.StringValue : null;

    private GraphQLDocument? Find(string query)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(query, out var node))
                return null;
            _byRecency.Remove(node);
            _byRecency.AddFirst(node);
            return node.Value.Document;
        }
    }

    private void Add(string query, GraphQLDocument document)
    {
        if (query.Length > _capacity)
            return;
        lock (_lock)
        {
            // Two requests may have missed on the same text at once; the first one's document stays.
            if (_entries.ContainsKey(query))
                return;
            _entries[query] = _byRecency.AddFirst(new Entry(query, document));
            _characters += query.Length;
            while (_characters > _capacity)
            {
                var oldest = _byRecency.Last!;
                _byRecency.RemoveLast();
                _entries.Remove(oldest.Value.Query);
                _characters -= oldest.Value.Query.Length;
            }
        }
    }

    private sealed record Entry(string Query, GraphQLDocument Document);
}
