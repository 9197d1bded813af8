using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using GraphApi.Corpus;

namespace GraphApi.Benchmarks;

/// <summary>Building the graph from a corpus at each scale factor: reading, extraction, linking. One warm-up and three measured runs (scale 1000 takes minutes each).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class IngestBenchmarks
{
    private string _folder = "";

    [Params(1, 10, 100, 1000)]
    public int Scale { get; set; }

    [GlobalSetup]
    public void Generate() => _folder = BenchCorpus.Folder(Scale);

    [Benchmark]
    public int Ingest() => CorpusIngestor.Ingest(_folder).Graph.Nodes.Count;
}
