using GraphApi.Bench.Generator;

try
{
    var options = GeneratorOptions.Parse(args, DefaultSeeds());
    var started = System.Diagnostics.Stopwatch.StartNew();
    var summary = CorpusGenerator.Generate(options);
    Console.WriteLine($"scale {options.Scale}, seed {options.Seed}: {summary.Decisions:N0} decisions, " +
                      $"{summary.References:N0} references, {summary.Bytes / 1e6:N1} MB of documents in {options.OutputFolder} ({started.Elapsed.TotalSeconds:N1} s)");
    return 0;
}
catch (GeneratorException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}

// The project's seeds folder, found from the working directory up, so that `dotnet run` works from anywhere in the repository.
static string DefaultSeeds()
{
    for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        if (File.Exists(Path.Combine(folder.FullName, "GraphApi.sln"))) return Path.Combine(folder.FullName, "seeds");
    return "seeds";
}
