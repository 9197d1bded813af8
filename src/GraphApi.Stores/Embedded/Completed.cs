namespace GraphApi.Stores.Embedded;

/// <summary>
/// Runs a synchronous answer as a completed task, with failures and cancellation inside the task as
/// an async method would have them, so callers see the same behaviour as from a networked store.
/// </summary>
internal static class Completed
{
    public static Task<T> Run<T>(Func<T> answer, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<T>(cancellationToken);
        try
        {
            return Task.FromResult(answer());
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }
}
