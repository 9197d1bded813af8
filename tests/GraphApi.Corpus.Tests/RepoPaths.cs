namespace GraphApi.Corpus.Tests;

/// <summary>The repository the tests run in, found from the test binaries upwards, so that tests read the real corpus.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();
    public static readonly string Documents = Path.Combine(Root, "seeds", "documents");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphApi.slnx")) || File.Exists(Path.Combine(dir.FullName, "GraphApi.sln")))
                return dir.FullName;
        throw new DirectoryNotFoundException("No GraphApi.slnx above " + AppContext.BaseDirectory);
    }
}
