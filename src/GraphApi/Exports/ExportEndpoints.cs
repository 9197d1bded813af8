using System.Text;
using GraphApi.Graph;
using GraphApi.Graph.Export;
using GraphApi.Hosting;
using GraphApi.Stores.Neo4j;

namespace GraphApi.Exports;

/// <summary>
/// The graph to take away, read from the store the API serves: <c>/export/graph.json</c> (APOC's shape),
/// <c>/export/graph.graphml</c> (Gephi, yEd), <c>/export/graph.cypher</c> (recreates it in an empty Neo4j),
/// <c>/export/nodes/{label}.csv</c> and <c>/export/relationships/{type}.csv</c>. A label or type the graph does
/// not have is a 404 that names the ones it has.
/// </summary>
public static class ExportEndpoints
{
    public static IServiceCollection AddExports(this IServiceCollection services) => services.AddSingleton<StoreGraphReader>();

    public static WebApplication MapExports(this WebApplication app)
    {
        var export = app.MapGroup("/export").ExcludeFromDescription().RequireRateLimiting(ClientRateLimiting.Policy);
        export.MapGet("/graph.json", (StoreGraphReader reader, CancellationToken cancellationToken) =>
            Download(reader, "application/json", "graph.json", ApocJsonWriter.Write, cancellationToken));
        export.MapGet("/graph.graphml", (StoreGraphReader reader, CancellationToken cancellationToken) =>
            Download(reader, "application/graphml+xml", "graph.graphml", GraphMlWriter.Write, cancellationToken));
        export.MapGet("/graph.cypher", (StoreGraphReader reader, CancellationToken cancellationToken) =>
            Download(reader, "text/plain; charset=utf-8", "graph.cypher", (graph, stream) =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                CypherScriptWriter.Write(graph, writer);
            }, cancellationToken));
        export.MapGet("/nodes/{label}.csv", (string label, StoreGraphReader reader, CancellationToken cancellationToken) =>
            Csv(reader, ("label", "labels"), label, CsvWriter.Labels, (graph, stream) => CsvWriter.WriteNodes(graph, label, stream), cancellationToken));
        export.MapGet("/relationships/{type}.csv", (string type, StoreGraphReader reader, CancellationToken cancellationToken) =>
            Csv(reader, ("relationship type", "types"), type, CsvWriter.Types, (graph, stream) => CsvWriter.WriteRelationships(graph, type, stream), cancellationToken));
        return app;
    }

    private static async Task<IResult> Download(StoreGraphReader reader, string contentType, string fileName, Action<KnowledgeGraph, Stream> write, CancellationToken cancellationToken) =>
        File(await reader.ReadAsync(cancellationToken), contentType, fileName, write);

    /// <summary>The CSV file of one label or relationship type, or a 404 naming the ones the graph has.</summary>
    private static async Task<IResult> Csv(StoreGraphReader reader, (string One, string Many) kind, string name, Func<KnowledgeGraph, IReadOnlyList<string>> names,
        Action<KnowledgeGraph, Stream> write, CancellationToken cancellationToken)
    {
        var graph = await reader.ReadAsync(cancellationToken);
        var known = names(graph);
        return known.Contains(name, StringComparer.Ordinal)
            ? File(graph, "text/csv; charset=utf-8", $"{name}.csv", write)
            : Results.Text($"unknown {kind.One} '{name}'; the {kind.Many} are {string.Join(", ", known)}", "text/plain; charset=utf-8", statusCode: 404);
    }

    // Written to memory first: the writers are synchronous, and Kestrel refuses synchronous writes to the response.
    private static IResult File(KnowledgeGraph graph, string contentType, string fileName, Action<KnowledgeGraph, Stream> write)
    {
        var buffer = new MemoryStream();
        write(graph, buffer);
        return Results.File(buffer.ToArray(), contentType, fileName);
    }
}
