using Xunit.Abstractions;
using GraphApi.Graph;
using GraphApi.Stores.Embedded;
using GraphApi.Stores.Neo4j;
using GraphApi.Stores.Tests.Contract;

namespace GraphApi.Schema.Tests;

/// <summary>
/// Every statement the Neo4j store and loader can send, for every example query, every unknown-name query, every
/// case of the store contract (<see cref="ContractCases"/>: filters of every kind) and a load of the corpus, passes
/// Neo4j's own parser and semantic analysis. The statements are recorded as they are
/// built for those runs (<see cref="CypherRecordingStore"/>, a recording runner under <see cref="Neo4jGraphLoader"/>),
/// so a new statement or a new example query is linted without touching this test.
/// </summary>
public class CypherLintTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_statement_the_neo4j_store_and_loader_send_passes_neo4js_parser()
    {
        var statements = (await StoreStatementsAsync()).Concat(await LoaderStatementsAsync())
            // The store's own reading of the graph's version, every few seconds, outside any query.
            .Append(CypherQueries.Version().Text)
            .Distinct(StringComparer.Ordinal).ToList();

        var diagnostics = await CypherLinter.LintAsync(statements);

        var problems = statements.Zip(diagnostics)
            .SelectMany(s => s.Second.Where(d => d.IsError && !d.IsUndefinedParameter).Select(d => $"{d.Message} at {d.Offset} in:\n{s.First}"))
            .ToList();
        foreach (var (statement, warning) in statements.Zip(diagnostics).SelectMany(s => s.Second.Where(d => !d.IsError).Select(d => (s.First, d))))
            output.WriteLine($"warning: {warning.Message} at {warning.Offset} in:\n{statement}\n");
        output.WriteLine($"{statements.Count} distinct statements linted");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));
        // Sanity: the linter ran on all of them and reported the parameters it was not told about.
        Assert.Equal(statements.Count, diagnostics.Count);
        Assert.Contains(diagnostics, d => d.Any(x => x.IsUndefinedParameter));
    }

    [Fact]
    public async Task The_linter_finds_an_error_in_a_broken_statement()
    {
        var diagnostics = await CypherLinter.LintAsync(["MATCH (n:Node) WHERE n.id = $id RETURN m", "MATCH (n:Node RETURN n"]);

        Assert.Contains(diagnostics[0], d => d.IsError && d.Message.Contains("`m`"));
        Assert.Contains(diagnostics[1], d => d.IsError && !d.IsUndefinedParameter);
    }

    private static async Task<IEnumerable<string>> StoreStatementsAsync()
    {
        var texts = new List<string>();
        foreach (var query in ExampleQueries.All.Values.Concat(UnknownNameQueries.All.Values))
        {
            using var recorder = new CypherRecordingStore(new EmbeddedGraphStore(SchemaRunner.Graph.Value));
            await using var services = SchemaRunner.Over(recorder);
            await SchemaRunner.ExecuteAsync(services, query);
            texts.AddRange(recorder.Statements.Select(s => s.Text));
        }
        foreach (string name in ContractCases.Names)
        {
            using var recorder = new CypherRecordingStore(new EmbeddedGraphStore(SchemaRunner.Graph.Value));
            await ContractCases.Run(name, recorder);
            texts.AddRange(recorder.Statements.Select(s => s.Text));
        }
        return texts;
    }

    private static async Task<IEnumerable<string>> LoaderStatementsAsync()
    {
        var runner = new RecordingRunner();
        await new Neo4jGraphLoader(runner).LoadAsync(SchemaRunner.Graph.Value, CancellationToken.None);
        return runner.Texts;
    }

    /// <summary>Records what the loader sends and answers a batch with its row count, as Neo4j would.</summary>
    private sealed class RecordingRunner : ITransactionalCypherRunner, ICypherTransaction
    {
        public List<string> Texts { get; } = [];

        public Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
        {
            lock (Texts) Texts.Add(statement.Text);
            var rows = statement.Parameters.TryGetValue("rows", out var batch) ? ((IEnumerable<object>)batch!).Count() : 0;
            return Task.FromResult(new CypherResult(["count"], [[(long)rows]]));
        }

        public Task<ICypherTransaction> BeginAsync(CancellationToken cancellationToken) => Task.FromResult<ICypherTransaction>(this);

        public Task CommitAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task RollbackAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
