using System.Text.RegularExpressions;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// Groups decisions into tracks by two rules:
/// a legal act: decisions naming the same act ("decreet tot wijziging van het decreet van 18 juli
/// 2008 ...") are steps of it, ordered voorontwerp, ontwerp, bekrachtiging, then by date;
/// a yearly programme: decisions titled for one programme and a year ("uitvoeringsjaar 2022",
/// "exploitatiebudget begrotingsjaar 2024") are its years, in year order.
/// A group of one decision is not a track.
/// </summary>
public static partial class TrackFinder
{
    // Enough words of an act's name to tell acts apart, few enough to survive small rewordings
    // between the voorontwerp and the ontwerp.
    private const int ActNameWords = 12;

    public static IReadOnlyList<Track> Find(IReadOnlyList<DecisionText> decisions, IReadOnlyDictionary<int, DateOnly?> dates)
    {
        var steps = new List<(string Key, string Name, TrackStep Step, int Rank, DateOnly? Date, int Year)>();
        foreach (var decision in decisions)
        {
            var text = decision.FullText;
            var act = Act().Match(text);
            if (act.Success)
            {
                var name = $"{act.Groups["type"].Value.ToLowerInvariant()} {string.Join(' ', Words(act.Groups["name"].Value).Take(ActNameWords))}";
                var kind = DecisionKindClassifier.Classify(decision.Title.Quote, decision.Body?.Quote).Kind;
                steps.Add(("act:" + name, name, Step(decision, act), (int)kind, dates.GetValueOrDefault(decision.SourceIndex), 0));
                continue;
            }
            var year = ProgrammeYear().Match(text);
            if (year.Success)
            {
                var name = $"programma {year.Groups["programme"].Value.Trim()}: {year.Groups["kind"].Value.ToLowerInvariant()}";
                steps.Add(("year:" + name.ToLowerInvariant(), name, Step(decision, year), 0, null, int.Parse(year.Groups["year"].Value)));
            }
        }
        return steps.GroupBy(s => s.Key)
            .Where(g => g.Count() > 1)
            .Select(g => new Track("track:" + Slug.From(g.First().Name), g.First().Name,
                g.OrderBy(s => s.Year).ThenBy(s => s.Rank).ThenBy(s => s.Date ?? DateOnly.MaxValue).ThenBy(s => s.Step.SourceIndex)
                 .Select(s => s.Step).ToList()))
            .OrderBy(t => t.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static TrackStep Step(DecisionText decision, Match match)
    {
        var inTitle = match.Index < decision.Title.Quote.Length;
        var offset = inTitle ? decision.Title.Offset + match.Index : decision.Body!.Offset + match.Index - decision.Title.Quote.Length - 3;
        return new TrackStep(decision.SourceIndex, offset, match.Length);
    }

    private static IEnumerable<string> Words(string text) =>
        Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+").Where(w => w.Length > 0);

    // "Voorontwerp van decreet tot ...", "Ontwerpdecreet tot ...", "Ontwerpbesluit van de Vlaamse
    // Regering tot ...", "Bekrachtiging en afkondiging van het decreet tot ...".
    [GeneratedRegex(@"(?:Voorontwerp van |Ontwerp|Bekrachtiging en afkondiging van het )(?<type>decreet|besluit)(?: van de Vlaamse Regering)?\s+(?<name>(?:tot|houdende)\s(?:(?!\s{2})[^.;]){20,300})", RegexOptions.IgnoreCase)]
    private static partial Regex Act();

    // "Programma Vlaanderen Radicaal Digitaal 2: uitvoeringsjaar 2022" in a title, or "programma
    // Vlaanderen Radicaal Digitaal 2 voor het uitvoeringsjaar 2021" in a body.
    [GeneratedRegex(@"programma\s+(?<programme>[\p{L}\d]+(?:\s[\p{L}\d]+){0,5}?)(?:\s*:\s*|\s+voor het\s+)(?<kind>uitvoeringsjaar|exploitatiebudget begrotingsjaar)\s+(?<year>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex ProgrammeYear();
}
