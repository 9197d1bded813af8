namespace GraphApi.Tests.Caching;

/// <summary>A copy of the seeds with one text changed, standing for a corpus that was edited and reloaded.</summary>
internal sealed class SeedsWithRenamedClause : IDisposable
{
    public SeedsWithRenamedClause(string from, string to)
    {
        Folder = Path.Combine(Path.GetTempPath(), "graphapi-seeds-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(RepoPaths.Seeds, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(RepoPaths.Seeds, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var document = Directory.GetFiles(Path.Combine(Folder, "documents"), "000_*.txt").Single();
        var text = File.ReadAllText(document);
        Assert.Contains(from, text);
        File.WriteAllText(document, text.Replace(from, to));
    }

    public string Folder { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
