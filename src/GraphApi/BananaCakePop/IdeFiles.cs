using Microsoft.Extensions.FileProviders;

namespace GraphApi.BananaCakePop;

/// <summary>
/// The IDE's static build, which GraphApi.csproj installs from npm and copies beside the assembly
/// (the csproj says why there rather than node_modules).
/// </summary>
public static class IdeFiles
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "bananacakepop");

    /// <summary>Fails at start-up, rather than with 404s in the browser, when the build step did not run.</summary>
    public static PhysicalFileProvider Provider() =>
        File.Exists(Path.Combine(Folder, "index.html"))
            ? new PhysicalFileProvider(Folder)
            : throw new InvalidOperationException(
                $"Banana Cake Pop's files are missing from {Folder}; building GraphApi (its npm ci step) puts them there.");
}
