using System.Text.RegularExpressions;

namespace GraphApi.Bench.Generator;

/// <summary>
/// The names a synthetic decision may use, read from the seeds' vocabulary so that the ingest
/// recognises every one of them: organisations, Vlaamse Veerkracht projects with their VV codes,
/// and building blocks.
/// </summary>
public sealed partial class SeedVocabulary
{
    // Names every decision carries anyway, or that are ordinary words: drawing them would say nothing.
    private static readonly HashSet<string> Unremarkable = ["Vlaamse Regering", "Inter", "Vlaams Parlement", "Raad van State"];

    public required IReadOnlyList<string> Organisations { get; init; }

    public required IReadOnlyList<(string Code, string Name)> Projects { get; init; }

    public required IReadOnlyList<string> BuildingBlocks { get; init; }

    public static SeedVocabulary Load(string vocabularyFolder)
    {
        var organisations = Names(Path.Combine(vocabularyFolder, "organisations.yaml")).Where(n => !Unremarkable.Contains(n)).ToList();
        var projects = new List<(string, string)>();
        string? name = null;
        foreach (var line in File.ReadLines(Path.Combine(vocabularyFolder, "programmes.yaml")))
        {
            var entry = NameLine().Match(line);
            if (entry.Success) name = entry.Groups["value"].Value.Trim();
            var code = CodeLine().Match(line);
            if (code.Success && name is not null) projects.Add((code.Groups["value"].Value.Trim(), name));
        }
        var blocks = Names(Path.Combine(vocabularyFolder, "building-blocks.yaml")).ToList();
        if (organisations.Count == 0 || projects.Count == 0 || blocks.Count == 0)
            throw new GeneratorException($"'{vocabularyFolder}' lacks organisations, VV-coded projects or building blocks to draw names from.");
        return new SeedVocabulary { Organisations = organisations, Projects = projects, BuildingBlocks = blocks };
    }

    private static IEnumerable<string> Names(string path) =>
        File.ReadLines(path).Select(l => NameLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["value"].Value.Trim().Trim('"', '\''));

    [GeneratedRegex(@"^- name:\s*(?<value>.+)$")]
    private static partial Regex NameLine();

    [GeneratedRegex(@"^\s+code:\s*(?<value>VV\d{3})\s*$")]
    private static partial Regex CodeLine();
}
