using GraphApi.Bench.Generator;
using GraphApi.Corpus;
using GraphApi.Graph;

namespace GraphApi.Bench.Tests;

public class CorpusGeneratorTests
{
    private static CorpusGenerator.Summary Generate(string folder, int scale, int seed) =>
        CorpusGenerator.Generate(new GeneratorOptions(scale, seed, TempFolder.Seeds(), folder));

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(folder, p), File.ReadAllBytes);

    [Fact]
    public void The_same_seed_writes_the_same_bytes_and_another_seed_other_decisions()
    {
        using var temp = new TempFolder();
        Generate(temp.Sub("a"), 3, 7);
        Generate(temp.Sub("b"), 3, 7);
        Generate(temp.Sub("c"), 3, 8);

        var a = Files(temp.Sub("a"));
        Assert.Equal(a.Keys.Order(), Files(temp.Sub("b")).Keys.Order());
        Assert.All(Files(temp.Sub("b")), f => Assert.Equal(a[f.Key], f.Value));
        Assert.NotEqual(a.Single(f => f.Key.Contains("000_")).Value, Files(temp.Sub("c")).Single(f => f.Key.Contains("000_")).Value);
    }

    [Fact]
    public void Scale_one_is_the_seeds_corpus_itself()
    {
        using var temp = new TempFolder();
        Generate(temp.Sub("one"), 1, 42);

        var seeds = Files(TempFolder.Seeds());
        var generated = Files(temp.Sub("one"));
        Assert.Equal(seeds.Keys.Order(), generated.Keys.Order());
        Assert.All(generated, f => Assert.Equal(seeds[f.Key], f.Value));
    }

    [Fact]
    public void A_scale_two_corpus_ingests_with_twice_the_decisions_every_reference_aligned_and_no_new_warning()
    {
        using var temp = new TempFolder();
        var summary = Generate(temp.Sub("two"), 2, 42);

        var seeds = CorpusIngestor.Ingest(TempFolder.Seeds());
        var grown = CorpusIngestor.Ingest(temp.Sub("two"));

        Assert.Equal(118, summary.Decisions);
        Assert.Equal(118, grown.Graph.NodesLabelled(NodeLabel.Decision).Count());
        Assert.Equal(seeds.Diagnostics.Select(d => d.ToString()), grown.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(summary.References, grown.Graph.NodesLabelled(NodeLabel.Decision).Count(d => d.Get<string>("themisUri") is not null));
        var newDecisions = grown.Graph.NodesLabelled(NodeLabel.Decision).Where(d => d.Get<long>("sourceIndex") >= 59).ToList();
        Assert.Contains(newDecisions, d => d.Get<string>("track") is not null);
        Assert.Contains(grown.Graph.Relationships, r => r.Type == RelationshipType.Funds && newDecisions.Any(d => d.Id == r.Start));
        Assert.Contains(grown.Graph.Relationships, r => r.Type == RelationshipType.Involves && newDecisions.Any(d => d.Id == r.Start));
    }
}
