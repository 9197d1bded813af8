using GraphApi.Corpus;
using GraphApi.Stores.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Schema.Tests;

/// <summary>A throw-away copy of the seeds folder, for tests that change a document or the curated links on purpose.</summary>
public sealed class SeedsCopy : IDisposable
{
    private readonly string _source = Path.Combine(SchemaRunner.RepoRoot(), "seeds");

    public SeedsCopy()
    {
        Folder = Directory.CreateTempSubdirectory("graphapi-seeds-").FullName;
        foreach (var file in Directory.GetFiles(_source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(_source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public void Edit(string relativeGlob, Func<string, string> change)
    {
        var path = Directory.GetFiles(Folder, relativeGlob, SearchOption.AllDirectories).Single();
        File.WriteAllText(path, change(File.ReadAllText(path)));
    }

    /// <summary>The schema's services over an embedded store of this copy.</summary>
    public ServiceProvider Services() => SchemaRunner.Over(new EmbeddedGraphStore(CorpusIngestor.Ingest(Folder).Graph));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
