namespace GraphApi.Stores.Neo4j;

/// <summary>A runner that can also open explicit transactions, which the loader needs to write a batch atomically.</summary>
public interface ITransactionalCypherRunner : ICypherRunner
{
    Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken);
}
