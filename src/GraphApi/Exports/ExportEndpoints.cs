using System.Text;
using GraphApi.Graph;
using GraphApi.Graph.Export;
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
        var export = app.MapGroup("/export").ExcludeFromDescription();
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
        export.MapGet("/nodes/{label}.csv", async (string label, StoreGraphReader reader, CancellationToken cancellationToken) =>
        {
            var graph = await reader.ReadAsync(cancellationToken);
            var labels = CsvWriter.Labels(graph);
            return labels.Contains(label, StringComparer.Ordinal)
                ? File(graph, "text/csv; charset=utf-8", $"{label}.csv", (g, stream) => CsvWriter.WriteNodes(g, label, stream))
                : Results.Text($"unknown label '{label}'; the labels are {string.Join(", ", labels)}", "text/plain; charset=utf-8", statusCode: 404);
        });
        export.MapGet("/relationships/{type}.csv", async (string type, StoreGraphReader reader, CancellationToken cancellationToken) =>
        {
            var graph = await reader.ReadAsync(cancellationToken);
            var types = CsvWriter.Types(graph);
            return types.Contains(type, StringComparer.Ordinal)
                ? File(graph, "text/csv; charset=utf-8", $"{type}.csv", (g, stream) => CsvWriter.WriteRelationships(g, type, stream))
                : Results.Text($"unknown relationship type '{type}'; the types are {string.Join(", ", types)}", "text/plain; charset=utf-8", statusCode: 404);
        });
        return app;
    }

    private static async Task<IResult> Download(StoreGraphReader reader, string contentType, string fileName, Action<KnowledgeGraph, Stream> write, CancellationToken cancellationToken) =>
        File(await reader.ReadAsync(cancellationToken), contentType, fileName, write);

    // Written to memory first: the writers are synchronous, and Kestrel refuses synchronous writes to the response.
    private static IResult File(KnowledgeGraph graph, string contentType, string fileName, Action<KnowledgeGraph, Stream> write)
    {
        var buffer = new MemoryStream();
        write(graph, buffer);
        return Results.File(buffer.ToArray(), contentType, fileName);
    }
}
