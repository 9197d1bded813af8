using System.Diagnostics;
using GraphApi.Commands;
using GraphApi.Corpus;
using GraphApi.Stores;
using GraphApi.Stores.Embedded;

namespace GraphApi.Hosting;

/// <summary>
/// The store the API serves from, chosen by <c>Graph:Store</c>. <c>embedded</c> (the default) builds
/// the graph from the seeds folder (<c>Graph:Seeds</c>, else <c>seeds/</c> found from here) in
/// process at start-up, so a new user needs no server.
/// </summary>
public static class GraphStoreServices
{
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration["Graph:Store"] ?? "embedded";
        if (!kind.Equals("embedded", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Graph:Store '{kind}' is not a known store; expected embedded");
        return services.AddSingleton<IGraphStore>(provider =>
        {
            var log = provider.GetRequiredService<ILogger<EmbeddedGraphStore>>();
            var clock = Stopwatch.StartNew();
            var result = CorpusIngestor.Ingest(SeedsFolder.Find(configuration["Graph:Seeds"]));
            var store = new EmbeddedGraphStore(result.Graph);
            log.LogInformation("Embedded store: {Nodes} nodes, {Relationships} relationships, {Warnings} ingest warnings, built in {Milliseconds} ms",
                result.Graph.Nodes.Count, result.Graph.Relationships.Count, result.Diagnostics.Count, clock.ElapsedMilliseconds);
            return store;
        });
    }
}
