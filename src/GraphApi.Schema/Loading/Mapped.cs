using GraphQL.DataLoader;

namespace GraphApi.Schema.Loading;

/// <summary>
/// A loader result turned into another value once it is loaded, still resolved with its level. When the value is
/// already loaded, as it is for every parent of a level after the first, it is mapped at once: one task for GraphQL.NET
/// instead of a chain of async methods, each with its own task, for every field of every parent.
/// </summary>
public static class Mapped
{
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, TOut> map) => new Result<TIn, TOut>(result, map);

    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> result, Func<TIn, CancellationToken, Task<TOut>> map) => new AsyncResult<TIn, TOut>(result, map);

    private sealed class Result<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public Task<TOut> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var loaded = inner.GetResultAsync(cancellationToken);
            return loaded.IsCompletedSuccessfully ? Task.FromResult(map(loaded.Result)) : MapAsync(loaded);
        }

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken)
        {
            var loaded = inner.GetResultAsync(cancellationToken);
            return loaded.IsCompletedSuccessfully ? Task.FromResult<object?>(map(loaded.Result)) : Boxed(MapAsync(loaded));
        }

        private async Task<TOut> MapAsync(Task<TIn> loaded) => map(await loaded.ConfigureAwait(false));
    }

    private sealed class AsyncResult<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, CancellationToken, Task<TOut>> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
            await map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

        Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => AsObject(GetResultAsync(cancellationToken));
    }

    /// <summary>A task's value as GraphQL.NET takes it: at once when the task has finished, else when it does.</summary>
    internal static Task<object?> AsObject<T>(Task<T> task) => task.IsCompletedSuccessfully ? Task.FromResult<object?>(task.Result) : Boxed(task);

    private static async Task<object?> Boxed<T>(Task<T> task) => await task.ConfigureAwait(false);
}
