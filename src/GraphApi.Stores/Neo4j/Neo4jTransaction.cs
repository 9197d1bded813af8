namespace GraphApi.Stores.Neo4j;

/// <summary>
/// An explicit transaction of the Query API: <c>POST /tx/{id}</c> runs a statement, <c>POST /tx/{id}/commit</c>
/// commits and <c>DELETE /tx/{id}</c> rolls back. Disposing it uncommitted rolls it back.
/// </summary>
public sealed class Neo4jTransaction : ICypherTransaction
{
    private readonly Neo4jQueryApiClient _client;
    private readonly string? _clusterAffinity;
    private bool _wrote;
    private bool _finished;

    internal Neo4jTransaction(Neo4jQueryApiClient client, string id, string? clusterAffinity)
    {
        _client = client;
        Id = id;
        _clusterAffinity = clusterAffinity;
    }

    public string Id { get; }

    public async Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        var response = await _client.SendInTransactionAsync(HttpMethod.Post, $"/tx/{Uri.EscapeDataString(Id)}",
            Neo4jQueryApiClient.StatementBody(statement, bookmarks: null), _clusterAffinity, cancellationToken);
        _wrote |= Neo4jQueryApiClient.ContainsUpdates(response.Body);
        return Neo4jQueryApiClient.ReadResult(response.Body);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        var response = await _client.SendInTransactionAsync(HttpMethod.Post, $"/tx/{Uri.EscapeDataString(Id)}/commit", null, _clusterAffinity, cancellationToken);
        // Only a transaction that wrote moves the bookmarks on; a read-only one must not replace a load's.
        if (_wrote) _client.RememberBookmarks(response.Body);
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        _finished = true;
        await _client.SendInTransactionAsync(HttpMethod.Delete, $"/tx/{Uri.EscapeDataString(Id)}", null, _clusterAffinity, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_finished) return;
        try
        {
            await RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or TimeoutException)
        {
            // Disposal runs while another error is on its way out; Neo4j also drops an unfinished
            // transaction when it expires, so a failed rollback must not replace that error.
        }
    }
}
