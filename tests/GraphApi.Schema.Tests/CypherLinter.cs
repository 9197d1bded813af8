using System.Diagnostics;
using System.Text.Json;

namespace GraphApi.Schema.Tests;

/// <summary>
/// Neo4j's own Cypher parser and semantic analysis (npm <c>@neo4j-cypher/language-support</c>, run by
/// <c>tests/CypherLint/lint.mjs</c>, installed by this project's build with <c>npm ci</c>), offline: no server.
/// A clean lint is not a run against Neo4j: it knows no data, indexes or server version.
/// </summary>
public static class CypherLinter
{
    public sealed record Diagnostic(int Severity, string Message, int? Offset)
    {
        public bool IsError => Severity == 1;

        /// <summary>Parameters are bound at run time, so the linter, told none, reports each one as undefined.</summary>
        public bool IsUndefinedParameter => Message.StartsWith("Parameter $", StringComparison.Ordinal) && Message.EndsWith(" is not defined.", StringComparison.Ordinal);
    }

    /// <summary>The diagnostics of each statement, in the order given; one Node process for them all.</summary>
    public static async Task<IReadOnlyList<IReadOnlyList<Diagnostic>>> LintAsync(IReadOnlyList<string> statements)
    {
        var folder = Path.Combine(SchemaRunner.RepoRoot(), "tests", "CypherLint");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@neo4j-cypher", "language-support")))
            throw new InvalidOperationException($"The Cypher linter is not installed in {folder}: build this test project (it runs npm ci there) with Node.js and npm on PATH");
        var start = new ProcessStartInfo("node", "lint.mjs")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node could not be started: is Node.js on PATH?");
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.StandardInput.WriteAsync(JsonSerializer.Serialize(statements));
        node.StandardInput.Close();
        await node.WaitForExitAsync();
        if (node.ExitCode != 0) throw new InvalidOperationException($"lint.mjs failed with exit code {node.ExitCode}: {await errors}");
        return JsonSerializer.Deserialize<List<List<Diagnostic>>>(await output, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }
}
