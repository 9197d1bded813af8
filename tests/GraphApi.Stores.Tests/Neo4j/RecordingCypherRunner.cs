using GraphApi.Stores.Neo4j;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>
/// Stands in for the Query API client: records statements run on their own and in each transaction, and
/// answers a batch with the count of its rows, as the load statements' <c>RETURN count(..)</c> would.
/// </summary>
public sealed class RecordingCypherRunner(int failingTransaction = 0) : ITransactionalCypherRunner
{
    public List<CypherStatement> AutoCommitted { get; } = [];

    public List<RecordingTransaction> Transactions { get; } = [];

    public Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        AutoCommitted.Add(statement);
        return Task.FromResult(new CypherResult([], []));
    }

    public Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        var transaction = new RecordingTransaction(fails: Transactions.Count + 1 == failingTransaction);
        Transactions.Add(transaction);
        return Task.FromResult<ICypherTransaction>(transaction);
    }
}

public sealed class RecordingTransaction(bool fails) : ICypherTransaction
{
    public List<CypherStatement> Statements { get; } = [];

    public bool Committed { get; private set; }

    public bool RolledBack { get; private set; }

    /// <summary>The rows written by this transaction's batch statements.</summary>
    public IReadOnlyList<Dictionary<string, object?>> Rows =>
        Statements.Where(s => s.Parameters.ContainsKey("rows")).SelectMany(s => (IEnumerable<Dictionary<string, object?>>)s.Parameters["rows"]!).ToList();

    /// <summary>The ids a removal statement was told to keep; null for a batch.</summary>
    public IReadOnlyList<string>? Kept => Statements.SingleOrDefault(s => s.Parameters.ContainsKey("ids"))?.Parameters["ids"] as IReadOnlyList<string>;

    public Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        Statements.Add(statement);
        if (fails) throw new Neo4jException("Neo.ClientError.Schema.ConstraintValidationFailed", "Node already exists with label `Node` and property `id`");
        // A batch answers with its row count; a removal of what an earlier load left finds nothing here.
        var rows = statement.Parameters.TryGetValue("rows", out var batch) ? ((IEnumerable<object>)batch!).Count() : 0;
        return Task.FromResult(new CypherResult(["count"], [[(long)rows]]));
    }

    public Task CommitAsync(CancellationToken cancellationToken)
    {
        Committed = true;
        return Task.CompletedTask;
    }

    public Task RollbackAsync(CancellationToken cancellationToken)
    {
        RolledBack = true;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
