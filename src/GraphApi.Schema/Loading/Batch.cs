using GraphQL.DataLoader;

namespace GraphApi.Schema.Loading;

/// <summary>
/// Collects the keys one level of a query asks for and fetches them all with one call when the
/// first of their results is needed. GraphQL.NET resolves data-loader results only after every
/// other field of the level has run, so by then all the level's keys are here.
/// </summary>
public sealed class Batch<T>(Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch, T missing)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, T> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Task> _inFlight = new(StringComparer.Ordinal);
    private HashSet<string> _pending = new(StringComparer.Ordinal);

    public IDataLoaderResult<T> Load(string key)
    {
        lock (_lock)
            if (!_loaded.ContainsKey(key) && !_inFlight.ContainsKey(key)) _pending.Add(key);
        return new Result(this, key);
    }

    // Synchronous when the key is loaded, as it is for every parent of a level after the first: no async method per parent.
    private Task<T> GetAsync(string key, CancellationToken cancellationToken)
    {
        Task batch;
        lock (_lock)
        {
            if (_loaded.TryGetValue(key, out var value)) return Task.FromResult(value);
            if (_pending.Contains(key)) Dispatch(cancellationToken);
            batch = _inFlight[key];
        }
        return batch.IsCompletedSuccessfully ? Task.FromResult(Loaded(key)) : LoadedAfterAsync(batch, key);
    }

    private async Task<T> LoadedAfterAsync(Task batch, string key)
    {
        await batch.ConfigureAwait(false);
        return Loaded(key);
    }

    private T Loaded(string key)
    {
        lock (_lock) return _loaded[key];
    }

    private void Dispatch(CancellationToken cancellationToken)
    {
        var keys = _pending;
        _pending = new(StringComparer.Ordinal);
        var batch = FetchAsync(keys, cancellationToken);
        foreach (var key in keys) _inFlight[key] = batch;
    }

    private async Task FetchAsync(HashSet<string> keys, CancellationToken cancellationToken)
    {
        var values = await fetch(keys, cancellationToken).ConfigureAwait(false);
        lock (_lock)
            foreach (var key in keys)
            {
                _loaded[key] = values.TryGetValue(key, out var value) ? value : missing;
                _inFlight.Remove(key);
            }
    }

    private sealed class Result(Batch<T> batch, string key) : IDataLoaderResult<T>
    {
        public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => batch.GetAsync(key, cancellationToken);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => Mapped.AsObject(GetResultAsync(cancellationToken));
    }
}
