using GraphApi.Stores.Neo4j;

namespace GraphApi.Stores.Tests.Neo4j;

/// <summary>A runner that keeps the statements it is given and answers each with rows a test computes from it.</summary>
internal sealed class RecordingRunner(Func<CypherStatement, IReadOnlyList<IReadOnlyList<object?>>> answer) : ICypherRunner
{
    public List<CypherStatement> Statements { get; } = [];

    public Task<CypherResult> RunAsync(CypherStatement statement, CancellationToken cancellationToken)
    {
        Statements.Add(statement);
        return Task.FromResult(new CypherResult([], answer(statement)));
    }
}
