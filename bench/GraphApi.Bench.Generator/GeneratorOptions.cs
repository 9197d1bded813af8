using System.Globalization;

namespace GraphApi.Bench.Generator;

/// <summary>What to generate: the scale factor, the random seed, the seeds folder it grows and where it writes.</summary>
public sealed record GeneratorOptions(int Scale, int Seed, string SeedsFolder, string OutputFolder)
{
    /// <summary>59,000 decisions: the largest corpus for which act names and dossier numbers stay unique.</summary>
    public const int MaxScale = 1000;

    public const string Usage = "usage: GraphApi.Bench.Generator --scale K --out DIR [--seed N] [--seeds DIR]";

    /// <summary>Reads the command line; anything impossible is a <see cref="GeneratorException"/> naming the argument and value.</summary>
    public static GeneratorOptions Parse(IReadOnlyList<string> args, string defaultSeeds)
    {
        int? scale = null;
        var seed = 42;
        string? output = null;
        var seeds = defaultSeeds;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                throw new GeneratorException($"{name} needs a value. {Usage}");
            var value = args[++i];
            switch (name)
            {
                case "--scale": scale = Integer(name, value); break;
                case "--seed": seed = Integer(name, value); break;
                case "--out": output = value; break;
                case "--seeds": seeds = value; break;
                default: throw new GeneratorException($"unknown argument '{name}'. {Usage}");
            }
        }
        if (scale is null) throw new GeneratorException($"--scale is required. {Usage}");
        if (output is null) throw new GeneratorException($"--out is required. {Usage}");
        return Validate(new GeneratorOptions(scale.Value, seed, seeds, output));
    }

    public static GeneratorOptions Validate(GeneratorOptions options)
    {
        if (options.Scale < 1 || options.Scale > MaxScale)
            throw new GeneratorException($"--scale {options.Scale} is impossible: the scale factor is a whole number from 1 (the real corpus, 59 decisions) to {MaxScale} ({59 * MaxScale:N0} decisions).");
        foreach (var needed in new[] { "documents", "vocabulary", "links" })
            if (!Directory.Exists(Path.Combine(options.SeedsFolder, needed)))
                throw new GeneratorException($"--seeds '{options.SeedsFolder}' has no '{needed}' folder: expected the project's seeds folder.");
        if (Directory.Exists(options.OutputFolder) && Directory.EnumerateFileSystemEntries(options.OutputFolder).Any())
            throw new GeneratorException($"--out '{options.OutputFolder}' exists and is not empty: give a new or empty folder, so that no files are overwritten.");
        return options;
    }

    private static int Integer(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : throw new GeneratorException($"{name} '{value}' is not a whole number.");
}

/// <summary>Parameters the generator cannot honour; the message says which and why.</summary>
public sealed class GeneratorException(string message) : Exception(message);
