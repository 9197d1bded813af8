using System.Text.RegularExpressions;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Ids for initiatives from at most eight words of their title. Nearly every title opens with
/// "Voorontwerp van decreet/besluit van de Vlaamse Regering tot wijziging van ...", so the first eight
/// words would give three initiatives one id: the opening and Dutch function words are left out, and a
/// title that still collides takes further words until it is told apart.
/// </summary>
public static partial class InitiativeIds
{
    private const int MaxWords = 8;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "het", "een", "van", "tot", "en", "of", "op", "in", "voor", "met", "aan", "bij", "naar", "te", "om", "wat", "betreft",
    };

    [GeneratedRegex(@"^Voorontwerp\s+van\s+(?:decreet|besluit(?:\s+van\s+de\s+Vlaamse\s+Regering)?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    /// <summary>One id per initiative, in order; equal titles give equal ids.</summary>
    public static IReadOnlyList<string> For(IReadOnlyList<PolicyInitiative> initiatives)
    {
        var words = initiatives.Select(i => Words(i.Title)).ToList();
        var counts = words.Select(w => Math.Min(MaxWords, w.Count)).ToArray();
        for (var grew = true; grew;)
        {
            grew = false;
            var ids = Ids(words, counts);
            for (var i = 0; i < ids.Count; i++)
            {
                var collides = Enumerable.Range(0, ids.Count).Any(j => j != i && ids[j] == ids[i] && !words[j].SequenceEqual(words[i]));
                if (collides && counts[i] < words[i].Count)
                {
                    counts[i]++;
                    grew = true;
                }
            }
        }
        return Ids(words, counts);
    }

    private static List<string> Ids(List<List<string>> words, int[] counts) =>
        words.Select((w, i) => "initiative:" + string.Join("-", w.Take(counts[i]))).ToList();

    private static List<string> Words(string title)
    {
        var words = Opening().Replace(title, "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FunctionWords.Contains(w)).Select(Slug.From).Where(w => w.Length > 0).ToList();
        return words.Count > 0 ? words : [Slug.From(title)];
    }
}
