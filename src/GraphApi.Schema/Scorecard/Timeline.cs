using GraphApi.Graph;
using GraphApi.Schema.Extensions;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Types;

namespace GraphApi.Schema.Scorecard;

/// <summary>
/// One line of a clause's timeline: a decision, or the steps of one track (voorontwerp -> ontwerp ->
/// bekrachtiging) that fulfil the clause, in track order, dated by its first dated step, with the
/// steps that go against the clause or one of its promises.
/// </summary>
public sealed record TimelineEntry(string? Track, string? TrackName, IReadOnlyList<Node> Steps, IReadOnlyList<Contradiction> Against)
{
    public string? Date => Steps.Select(s => s.Get<string>("date")).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
}

/// <summary>The decisions that fulfil each clause, directly or through its promises, as timeline entries: oldest first, undated last.</summary>
public static class Timeline
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<TimelineEntry>>> LoadAsync(StoreLoader loader, IReadOnlyCollection<string> clauseIds, CancellationToken ct)
    {
        var decisions = await ClauseDecisions.Load(loader, clauseIds, ClauseDecisions.AllFulfils, ct);
        return clauseIds.ToDictionary(id => id, id => Entries(decisions.GetValueOrDefault(id, ClauseFulfilments.None)));
    }

    private static IReadOnlyList<TimelineEntry> Entries(IEnumerable<ClauseFulfilment> fulfilments) =>
        fulfilments.GroupBy(f => f.Decision.Get<string>("track") ?? f.Decision.Id)
            .Select(g =>
            {
                var steps = g.OrderBy(f => f.Decision.Get<long>("trackStep")).ThenBy(f => f.Decision.Get<long>("sourceIndex")).ToList();
                return new TimelineEntry(g.First().Decision.Get<string>("track"), g.First().Decision.Get<string>("trackName"),
                    steps.Select(f => f.Decision).ToList(), steps.SelectMany(f => f.Against).ToList());
            })
            .OrderBy(e => e.Date is null).ThenBy(e => e.Date, StringComparer.Ordinal)
            .ThenBy(e => e.Steps[0].Get<long>("sourceIndex"))
            .ToList();
}
