namespace GraphApi.Corpus.Tests;

/// <summary>Folders of the repository, found by walking up from the test binaries to the solution.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Documents => Path.Combine(Root, "seeds", "documents");

    public static string Vocabulary => Path.Combine(Root, "seeds", "vocabulary");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphApi.sln")) || File.Exists(Path.Combine(dir.FullName, "GraphApi.slnx")))
                return dir.FullName;
        throw new DirectoryNotFoundException($"No folder above {AppContext.BaseDirectory} holds GraphApi.sln or GraphApi.slnx.");
    }
}
