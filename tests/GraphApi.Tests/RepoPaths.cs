namespace GraphApi.Tests;

/// <summary>Where the repository's seeds are, found by walking up to the folder holding GraphApi.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Seeds => Path.Combine(Root, "seeds");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "GraphApi.sln"))) return dir.FullName;
        throw new InvalidOperationException("GraphApi.sln not found above " + AppContext.BaseDirectory);
    }
}
