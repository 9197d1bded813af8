using GraphApi.Graph;
using GraphApi.Schema.Extensions;
using GraphApi.Schema.Loading;

namespace GraphApi.Schema.Scorecard;

/// <summary>
/// One line of a clause's timeline: a decision, or the steps of one track (voorontwerp -> ontwerp ->
/// bekrachtiging) that fulfil the clause, in track order, dated by its first dated step.
/// </summary>
public sealed record TimelineEntry(string? Track, string? TrackName, IReadOnlyList<Node> Steps)
{
    public string? Date => Steps.Select(s => s.Get<string>("date")).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
}

/// <summary>The decisions that fulfil each clause, directly or through its promises, as timeline entries: oldest first, undated last.</summary>
public static class Timeline
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<TimelineEntry>>> LoadAsync(StoreLoader loader, IReadOnlyCollection<string> clauseIds, CancellationToken ct)
    {
        var decisions = await ClauseDecisions.Load(loader, clauseIds, ClauseDecisions.AllFulfils, ct);
        return clauseIds.ToDictionary(id => id, id => Entries(decisions.GetValueOrDefault(id, []).Select(f => f.Decision)));
    }

    public static IReadOnlyList<TimelineEntry> Entries(IEnumerable<Node> decisions) =>
        decisions.GroupBy(d => d.Get<string>("track") ?? d.Id)
            .Select(g => new TimelineEntry(g.First().Get<string>("track"), g.First().Get<string>("trackName"),
                g.OrderBy(d => d.Get<long>("trackStep")).ThenBy(d => d.Get<long>("sourceIndex")).ToList()))
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.Steps[0].Get<long>("sourceIndex"))
            .ToList();
}
