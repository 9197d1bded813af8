namespace GraphApi.Corpus.Tests;

/// <summary>Where the repository's seeds are, found by walking up to the folder holding GraphApi.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Seeds => Path.Combine(Root, "seeds");
    public static string Documents => Path.Combine(Seeds, "documents");
    public static string Vocabulary => Path.Combine(Seeds, "vocabulary");

    public static string Document(string prefix) => Directory.GetFiles(Documents, prefix + "_*.txt").Single();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphApi.sln"))) return dir.FullName;
        throw new InvalidOperationException("GraphApi.sln not found above " + AppContext.BaseDirectory);
    }
}
