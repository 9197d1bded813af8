namespace GraphApi.Bench.Tests;

/// <summary>A fresh folder under the temp directory, deleted when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graphapi-bench-tests-" + Guid.NewGuid().ToString("N"));

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }

    public static string Seeds()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "GraphApi.sln"))) return System.IO.Path.Combine(dir.FullName, "seeds");
        throw new InvalidOperationException("GraphApi.sln not found above " + AppContext.BaseDirectory);
    }
}
