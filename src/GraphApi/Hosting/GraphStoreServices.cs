using System.Diagnostics;
using System.Runtime;
using GraphApi.Commands;
using GraphApi.Corpus;
using GraphApi.Stores;
using GraphApi.Stores.Embedded;
using GraphApi.Stores.Neo4j;

namespace GraphApi.Hosting;

/// <summary>
/// The store the API serves from, chosen by <c>Graph:Store</c>. <c>embedded</c> (the default) builds
/// the graph from the seeds folder (<c>Graph:Seeds</c>, else <c>seeds/</c> found from here) in
/// process at start-up, so a new user needs no server. <c>neo4j</c> reads a graph loaded with the
/// <c>load</c> command, through the Query API at <c>Neo4j:Uri</c> (with <c>Neo4j:Database</c>,
/// <c>Neo4j:User</c>, <c>Neo4j:Password</c>); a server that does not answer fails the readiness probe.
/// </summary>
public static class GraphStoreServices
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration["Graph:Store"] ?? "embedded";
        if (kind.Equals("neo4j", StringComparison.OrdinalIgnoreCase))
            return services.AddSingleton<IGraphStore>(_ => new Neo4jGraphStore(new Neo4jQueryApiClient(new HttpClient(), Neo4jSettings(configuration))));
        if (!kind.Equals("embedded", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Graph:Store '{kind}' is not a known store; expected embedded or neo4j");
        return services.AddSingleton<IGraphStore>(provider =>
        {
            var log = provider.GetRequiredService<ILogger<EmbeddedGraphStore>>();
            var clock = Stopwatch.StartNew();
            var result = CorpusIngestor.Ingest(SeedsFolder.Find(configuration["Graph:Seeds"]));
            ReleaseLoadGarbage();
            // The two phases' times, so that a slow start-up says where it went.
            var ingested = clock.ElapsedMilliseconds;
            var store = new EmbeddedGraphStore(result.Graph);
            ReleaseLoadGarbage();
            log.LogInformation("Embedded store: {Nodes} nodes, {Relationships} relationships, {Warnings} ingest warnings, built in {Milliseconds} ms (graph {IngestMilliseconds} ms, indexes {IndexMilliseconds} ms)",
                result.Graph.Nodes.Count, result.Graph.Relationships.Count, result.Diagnostics.Count, clock.ElapsedMilliseconds, ingested, clock.ElapsedMilliseconds - ingested);
            return store;
        });
    }

    /// <summary>
    /// The load is one burst of allocation whose intermediate results (documents, extraction, the builder, the
    /// index writer's buffers) all die at its two phase ends. Left to itself the GC lets the next phase grow the
    /// heap on top of that garbage and keeps the memory afterwards: at scale 1000 the process stayed at 2.2 GB
    /// with 0.65 GB live. A full compacting collection that returns the freed memory ends each phase.
    /// </summary>
    private static void ReleaseLoadGarbage()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    private static Neo4jOptions Neo4jSettings(IConfiguration configuration)
    {
        var uri = configuration["Neo4j:Uri"] ?? throw new InvalidOperationException("Graph:Store is neo4j, but Neo4j:Uri is not set");
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed))
            throw new InvalidOperationException($"Neo4j:Uri '{uri}' is not an absolute URI");
        return new Neo4jOptions
        {
            Uri = parsed,
            Database = configuration["Neo4j:Database"] ?? "neo4j",
            User = configuration["Neo4j:User"],
            Password = configuration["Neo4j:Password"],
        };
    }
}
