namespace GraphApi.Corpus.Tests;

/// <summary>A throw-away copy of the seeds folder, for tests that break a document on purpose.</summary>
public sealed class SeedsCopy : IDisposable
{
    public SeedsCopy()
    {
        Folder = Path.Combine(Path.GetTempPath(), "graphapi-seeds-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(RepoPaths.Seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public string Document(string prefix) => Directory.GetFiles(Path.Combine(Folder, "documents"), prefix + "_*.txt").Single();

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
