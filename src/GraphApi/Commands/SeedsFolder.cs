namespace GraphApi.Commands;

/// <summary>
/// Where the seeds are: <c>--seeds DIR</c> if given, else <c>seeds/</c> in the working directory or
/// the nearest folder above the program that has one, so that <c>dotnet run --project src/GraphApi</c>
/// works from anywhere in the repository.
/// </summary>
public static class SeedsFolder
{
    public const string Help = "The seeds folder to read; seeds/ in the working directory or above when left out";

    public static string Find(string? given)
    {
        if (given is not null)
            return Directory.Exists(given) ? Path.GetFullPath(given) : throw new CommandLineException($"--seeds: folder '{given}' does not exist");
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var seeds = Path.Combine(dir.FullName, "seeds");
                if (Directory.Exists(Path.Combine(seeds, "documents"))) return seeds;
            }
        throw new CommandLineException("no seeds/documents folder found here or above; pass --seeds DIR");
    }
}
