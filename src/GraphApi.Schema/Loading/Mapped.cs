using GraphQL.DataLoader;

namespace GraphApi.Schema.Loading;

/// <summary>A loader result turned into another value once it is loaded, still resolved with its level.</summary>
public static class Mapped
{
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Result<TIn, TOut>(result, (value, _) => Task.FromResult(map(value)));

    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, CancellationToken, Task<TOut>> map) => new Result<TIn, TOut>(result, map);

    private sealed class Result<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, CancellationToken, Task<TOut>> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            await map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
