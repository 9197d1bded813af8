using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Graph;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace GraphApi.Corpus.Vocabulary;

/// <summary>
/// The curated vocabulary: <c>organisations.yaml</c>, <c>programmes.yaml</c> and
/// <c>building-blocks.yaml</c>, each a YAML list of entries with a canonical name and aliases.
/// </summary>
public sealed partial class TermList
{
    public static readonly IReadOnlyDictionary<string, (string Label, string IdPrefix)> Files = new Dictionary<string, (string, string)>
    {
        ["organisations.yaml"] = (NodeLabel.Agency, "agency"),
        ["programmes.yaml"] = (NodeLabel.Programme, "programme"),
        ["building-blocks.yaml"] = (NodeLabel.BuildingBlock, "building-block"),
    };

    public TermList(IEnumerable<Term> terms)
    {
        Terms = terms.OrderBy(t => t.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<Term> Terms { get; }

    public Term? ByCode(string code) => Terms.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase));

    public Term? ByName(string name) => Terms.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Loads every vocabulary file in a folder; a malformed file is an error naming file and line.</summary>
    public static TermList Load(string folder)
    {
        var terms = new List<Term>();
        foreach (var (fileName, (label, prefix)) in Files)
        {
            var path = Path.Combine(folder, fileName);
            if (!File.Exists(path)) throw new CorpusFormatException(fileName, 1, $"a vocabulary file at {path}");
            terms.AddRange(Parse(fileName, File.ReadAllText(path), label, prefix));
        }
        var duplicate = terms.GroupBy(t => t.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null) throw new CorpusFormatException("vocabulary", 1, $"unique ids, but '{duplicate.Key}' is defined twice");
        return new TermList(terms);
    }

    public static IReadOnlyList<Term> Parse(string fileName, string yaml, string label, string idPrefix)
    {
        List<VocabularyFileEntry>? entries;
        try
        {
            entries = new DeserializerBuilder().Build().Deserialize<List<VocabularyFileEntry>>(yaml);
        }
        catch (YamlException e)
        {
            throw new CorpusFormatException(fileName, (int)e.Start.Line, "a YAML list of entries with name and aliases: " + (e.InnerException?.Message ?? e.Message));
        }
        var terms = new List<Term>();
        for (var i = 0; i < (entries?.Count ?? 0); i++)
        {
            var entry = entries![i];
            if (string.IsNullOrWhiteSpace(entry.Name))
                throw new CorpusFormatException(fileName, LineOfEntry(yaml, i), "a 'name' for every entry");
            var id = $"{idPrefix}:{entry.Id ?? (entry.Code is not null ? Slug.From(entry.Code) : Slug.From(WithoutArticle(entry.Name)))}";
            var kind = label == NodeLabel.Agency ? OrganisationKind.Of(entry.Type) : null;
            if (label == NodeLabel.Agency && kind is null)
                throw new CorpusFormatException(fileName, LineOfEntry(yaml, i),
                    $"a 'type' that is one of {string.Join(", ", OrganisationKind.Types)} for organisation '{entry.Name.Trim()}', not '{entry.Type}'");
            terms.Add(new Term(id, label, entry.Name.Trim(), (entry.Aliases ?? []).Select(a => a.Trim()).Where(a => a.Length > 0).ToList(),
                entry.Type, entry.Code, entry.Parent, kind));
        }
        return terms;
    }

    /// <summary>"Het Facilitair Bedrijf" -> "Facilitair Bedrijf": Dutch articles are not part of a name.</summary>
    public static string WithoutArticle(string name) => LeadingArticle().Replace(name.Trim(), "");

    [GeneratedRegex(@"^(?:het|de|een)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    private static int LineOfEntry(string yaml, int index)
    {
        var lines = yaml.Split('\n');
        var seen = -1;
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].TrimStart().StartsWith("- ") && !lines[i].StartsWith(' ') && ++seen == index) return i + 1;
        return 1;
    }
}
