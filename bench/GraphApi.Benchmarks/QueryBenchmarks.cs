using BenchmarkDotNet.Attributes;
using GraphApi.Corpus;
using GraphApi.Schema;
using GraphApi.Stores;
using GraphApi.Stores.Embedded;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Benchmarks;

/// <summary>
/// The benchmark queries of bench/load/queries/ executed against the schema over the embedded
/// store, without HTTP: parse, validate, execute with batched loading, serialise to JSON bytes.
/// </summary>
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private ServiceProvider _services = null!;
    private readonly GraphQLSerializer _serializer = new();
    private readonly Dictionary<string, string> _queries = new(StringComparer.Ordinal);

    /// <summary>Scales 1 and 1000, or those listed in BENCH_SCALES (e.g. "1"), since scale 1000 takes minutes to ingest.</summary>
    [ParamsSource(nameof(Scales))]
    public int Scale { get; set; }

    public static IEnumerable<int> Scales => (Environment.GetEnvironmentVariable("BENCH_SCALES") ?? "1,1000").Split(',').Select(int.Parse);

    [ParamsAllValues]
    public BenchQuery Query { get; set; }

    public enum BenchQuery { DecisionById, ClauseViaAgency, FilteredSorted, Search, Path }

    /// <summary>One ingest per scale when run with --inProcess, where all cases share the process.</summary>
    private static readonly Dictionary<int, ServiceProvider> Loaded = [];

    [GlobalSetup]
    public void Load()
    {
        if (!Loaded.TryGetValue(Scale, out var services))
        {
            var graph = CorpusIngestor.Ingest(BenchCorpus.Folder(Scale)).Graph;
            Loaded[Scale] = services = new ServiceCollection().AddSingleton<IGraphStore>(new EmbeddedGraphStore(graph)).AddGraphApiSchema()
                .AddGraphQL(graphQL => graphQL.AddGraphApiExecution()).BuildServiceProvider();
        }
        _services = services;
        var folder = Path.Combine(BenchCorpus.RepoRoot(), "bench", "load", "queries");
        foreach (var name in Enum.GetValues<BenchQuery>())
            _queries[name.ToString()] = File.ReadAllText(Path.Combine(folder, FileName(name) + ".graphql"));
    }

    [Benchmark]
    public async Task<int> Execute()
    {
        using var scope = _services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter>().ExecuteAsync(new ExecutionOptions
        {
            Schema = scope.ServiceProvider.GetRequiredService<ISchema>(),
            Query = _queries[Query.ToString()],
            RequestServices = scope.ServiceProvider,
        });
        using var output = new MemoryStream();
        await _serializer.WriteAsync(output, result);
        return (int)output.Length;
    }

    private static string FileName(BenchQuery query) => query switch
    {
        BenchQuery.DecisionById => "decision-by-id",
        BenchQuery.ClauseViaAgency => "clause-via-agency",
        BenchQuery.FilteredSorted => "filtered-sorted",
        BenchQuery.Search => "search",
        _ => "path",
    };
}
