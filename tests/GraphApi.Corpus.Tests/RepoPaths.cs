namespace GraphApi.Corpus.Tests;

/// <summary>Where the repository's seed files are, found from the test binaries upwards.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string Documents => Path.Combine(Root, "seeds", "documents");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (folder.GetFiles("GraphApi.sln*").Length > 0) return folder.FullName;
        throw new DirectoryNotFoundException($"No GraphApi.sln or GraphApi.slnx above {AppContext.BaseDirectory}.");
    }
}
