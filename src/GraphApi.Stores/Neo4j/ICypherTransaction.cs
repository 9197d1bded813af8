namespace GraphApi.Stores.Neo4j;

/// <summary>
/// An explicit transaction: statements run in it are committed together or not at all.
/// Disposing it without a commit rolls it back.
/// </summary>
public interface ICypherTransaction : IAsyncDisposable
{
    Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    Task RollbackAsync(CancellationToken cancellationToken);
}
