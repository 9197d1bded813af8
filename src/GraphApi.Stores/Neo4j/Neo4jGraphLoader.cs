using GraphApi.Graph;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// Loads a <see cref="KnowledgeGraph"/> into Neo4j: the schema first, then nodes per label and relationships
/// per type in batches, each batch in its own explicit transaction. MERGE on the id and SET of the whole
/// property map make a second load of the same graph leave the same graph, including properties that
/// were dropped in between. A load replaces the graph: what an earlier load wrote and this graph no longer
/// has (a decision renumbered in the corpus, a link removed) is deleted last, after every batch was
/// written, so that a failed load leaves the old graph whole. Last comes the graph's version, which the
/// store reads to tell a reloaded graph from the one it knew. Labels and types are the only names written into the text, and only after
/// <see cref="CypherIdentifier"/> let them in; every value goes as a parameter.
/// </summary>
public sealed class Neo4jGraphLoader
{
    public const int DefaultBatchSize = 500;

    private readonly ITransactionalCypherRunner _runner;
    private readonly int _batchSize;

    public Neo4jGraphLoader(ITransactionalCypherRunner runner, int batchSize = DefaultBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _runner = runner;
        _batchSize = batchSize;
    }

    /// <param name="rows">The list of rows: the parameter, or a literal list in a script.</param>
    public static string NodeStatement(string label, string rows = "$rows") =>
        $"UNWIND {rows} AS row MERGE (n:Node {{id: row.id}}) SET n = row.properties, n:{CypherIdentifier.Quote(label, "label")} RETURN count(n) AS written";

    /// <param name="rows">The list of rows: the parameter, or a literal list in a script.</param>
    public static string RelationshipStatement(string type, string rows = "$rows") =>
        $"UNWIND {rows} AS row MATCH (a:Node {{id: row.start}}), (b:Node {{id: row.end}}) " +
        $"MERGE (a)-[r:{CypherIdentifier.Quote(type, "relationship type")} {{id: row.id}}]->(b) SET r = row.properties RETURN count(r) AS written";

    /// <summary>Relationships first: a node's own relationships go with it, but a stale link between kept nodes would stay.</summary>
    public const string PruneRelationshipsStatement = "MATCH (:Node)-[r]->(:Node) WHERE NOT r.id IN $ids DELETE r RETURN count(r) AS removed";

    public const string PruneNodesStatement = "MATCH (n:Node) WHERE NOT n.id IN $ids DETACH DELETE n RETURN count(n) AS removed";

    /// <param name="progress">Told the statements done and the statements in all, after each one.</param>
    public async Task<Neo4jLoadResult> LoadAsync(KnowledgeGraph graph, CancellationToken cancellationToken, IProgress<(int Done, int Total)>? progress = null)
    {
        // Every statement text is built before anything is sent, so that a bad name stops the load untouched.
        var nodeGroups = graph.Nodes.GroupBy(n => n.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (What: $"{g.Key} nodes", Text: NodeStatement(g.Key), Rows: g.Select(Neo4jRows.Row).ToList())).ToList();
        var relationshipGroups = graph.Relationships.GroupBy(r => r.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (What: $"{g.Key} relationships", Text: RelationshipStatement(g.Key), Rows: g.Select(Neo4jRows.Row).ToList())).ToList();
        var schema = Neo4jGraphSchema.Statements(graph).ToList();

        // The schema, the batches, then the two removals and the version.
        var total = schema.Count + nodeGroups.Concat(relationshipGroups).Sum(g => (g.Rows.Count + _batchSize - 1) / _batchSize) + 3;
        var done = 0;
        foreach (var statement in schema)
        {
            await _runner.RunAsync(statement, cancellationToken);
            progress?.Report((++done, total));
        }
        var batches = 0;
        foreach (var (what, text, rows) in nodeGroups.Concat(relationshipGroups))
            foreach (var batch in rows.Chunk(_batchSize))
            {
                await WriteBatchAsync(what, text, batch, cancellationToken);
                batches++;
                progress?.Report((++done, total));
            }
        var removed = await PruneAsync("relationships", PruneRelationshipsStatement, graph.Relationships.Select(r => r.Id), cancellationToken);
        progress?.Report((++done, total));
        removed += await PruneAsync("nodes", PruneNodesStatement, graph.Nodes.Select(n => n.Id), cancellationToken);
        progress?.Report((++done, total));
        await InTransactionAsync("writing the graph's version failed and was rolled back", CypherQueries.WriteVersion(GraphVersion.Of(graph)), cancellationToken);
        progress?.Report((++done, total));
        return new Neo4jLoadResult(graph.Nodes.Count, graph.Relationships.Count, batches, schema.Count + batches + 3, removed);
    }

    private async Task<long> PruneAsync(string what, string text, IEnumerable<string> keep, CancellationToken cancellationToken)
    {
        var statement = new CypherStatement(text, new Dictionary<string, object?> { ["ids"] = keep.ToList() });
        var result = await InTransactionAsync($"removing stale {what} failed and was rolled back", statement, cancellationToken);
        return result.Rows is [[long count, ..], ..] ? count : 0;
    }

    private async Task WriteBatchAsync(string what, string text, Dictionary<string, object?>[] rows, CancellationToken cancellationToken)
    {
        var statement = new CypherStatement(text, new Dictionary<string, object?> { ["rows"] = rows });
        await InTransactionAsync($"loading {what} failed in the batch of rows {rows[0]["id"]} … {rows[^1]["id"]} and it was rolled back", statement, cancellationToken,
            // A relationship whose start or end node is missing matches nothing and would vanish without a word.
            result => (result.Rows is [[long count, ..], ..] ? count : 0) is var written && written != rows.Length
                ? $"{written} of {rows.Length} rows were written; the others' nodes are missing"
                : null);
    }

    /// <summary>Runs one statement in its own transaction; a failure, or a result <paramref name="check"/> objects to, rolls it back.</summary>
    private async Task<CypherResult> InTransactionAsync(string failure, CypherStatement statement, CancellationToken cancellationToken, Func<CypherResult, string?>? check = null)
    {
        ICypherTransaction? transaction = null;
        try
        {
            transaction = await _runner.BeginAsync(cancellationToken);
            var result = await transaction.RunAsync(statement, cancellationToken);
            if (check?.Invoke(result) is { } problem) throw new InvalidOperationException(problem);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (transaction is not null) await RollBackQuietlyAsync(transaction);
            throw new Neo4jLoadException($"{failure}: {e.Message}", e);
        }
        finally
        {
            if (transaction is not null) await transaction.DisposeAsync();
        }
    }

    private static async Task RollBackQuietlyAsync(ICypherTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception)
        {
            // Neo4j has usually rolled a failed transaction back already; the batch's own error is the one to report.
        }
    }
}
