using GraphApi.Bench.Generator;

namespace GraphApi.Benchmarks;

/// <summary>The corpus at a scale factor: seeds/ at 1, else generated once (seed 42) under BENCH_WORK (default /tmp/graphapi-bench), shared with bench/load/run.sh.</summary>
public static class BenchCorpus
{
    public static string Folder(int scale)
    {
        var seeds = Path.Combine(RepoRoot(), "seeds");
        if (scale == 1) return seeds;
        var folder = Path.Combine(Environment.GetEnvironmentVariable("BENCH_WORK") ?? "/tmp/graphapi-bench", $"corpus-{scale}");
        if (!Directory.Exists(Path.Combine(folder, "documents")))
            CorpusGenerator.Generate(new GeneratorOptions(scale, 42, seeds, folder));
        return folder;
    }

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphApi.sln"))) return dir.FullName;
        throw new InvalidOperationException("GraphApi.sln not found above " + AppContext.BaseDirectory);
    }
}
