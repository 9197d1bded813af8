using GraphApi.Corpus;
using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>The graph ingested from the repository's seeds and one store over it, built once for all tests.</summary>
public static class RealGraph
{
    private static readonly Lazy<KnowledgeGraph> LazyGraph = new(() => CorpusIngestor.Ingest(SeedsFolder()).Graph);
    private static readonly Lazy<EmbeddedGraphStore> LazyStore = new(() => new EmbeddedGraphStore(Graph));

    public static KnowledgeGraph Graph => LazyGraph.Value;

    public static EmbeddedGraphStore Store => LazyStore.Value;

    // The seeds sit next to GraphApi.sln, somewhere above the test binaries.
    public static string SeedsFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphApi.sln"))) return Path.Combine(dir.FullName, "seeds");
        throw new InvalidOperationException("GraphApi.sln not found above " + AppContext.BaseDirectory);
    }
}
