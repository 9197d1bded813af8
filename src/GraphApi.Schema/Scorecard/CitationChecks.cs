using System.Collections;
using System.Globalization;
using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Stores;

namespace GraphApi.Schema.Scorecard;

/// <summary>One <c>[n]</c> of an evaluation, checked at ingest against decision n's text; <see cref="Decision"/> is null when there is no decision n.</summary>
public sealed record CitationCheck(string Evaluation, int Number, Node? Decision, string Claim, int ClaimOffset, string Support, double Overlap, string Reason, Evidence? Sentence);

/// <summary>
/// The citation checks the ingest stored: one entry per <c>[n]</c> in the lists of each CITES
/// relationship, and the citations of unknown numbers the Evaluation node keeps. Two store calls.
/// </summary>
public static class CitationChecks
{
    private static readonly EdgeQuery Cites = new(RelationshipType.Cites, Direction.Outgoing, NodeLabel.Decision);

    public static async Task<IReadOnlyList<CitationCheck>> LoadAsync(StoreLoader loader, CancellationToken ct)
    {
        var evaluations = (await loader.FindAsync(new NodeQuery(NodeLabel.Evaluation, null, [], int.MaxValue, null), ct)).Nodes;
        if (evaluations.Count == 0) return [];
        var cites = await loader.EdgesAsync(evaluations.Select(e => e.Id).ToList(), Cites, ct);
        var checks = new List<CitationCheck>();
        foreach (var evaluation in evaluations)
        {
            foreach (var edge in cites.GetValueOrDefault(evaluation.Id, []))
            {
                var r = edge.Relationship;
                var offsets = Longs(r.Properties.GetValueOrDefault("claimOffset"));
                var claims = Strings(r.Properties.GetValueOrDefault("claim"));
                var supports = Strings(r.Properties.GetValueOrDefault("support"));
                var overlaps = Doubles(r.Properties.GetValueOrDefault("overlap"));
                var reasons = Strings(r.Properties.GetValueOrDefault("reason"));
                for (var i = 0; i < offsets.Count; i++)
                    checks.Add(new CitationCheck(evaluation.Id, (int)r.Get<long>("number"), edge.Other, claims[i], (int)offsets[i], supports[i], overlaps[i], reasons[i],
                        r.Sources.FirstOrDefault(s => s.Offset <= offsets[i] && offsets[i] < s.Offset + s.Quote.Length)));
            }
            var numbers = Longs(evaluation.Properties.GetValueOrDefault("unresolvedNumber"));
            var unresolvedClaims = Strings(evaluation.Properties.GetValueOrDefault("unresolvedClaim"));
            var unresolvedOffsets = Longs(evaluation.Properties.GetValueOrDefault("unresolvedClaimOffset"));
            var unresolvedReasons = Strings(evaluation.Properties.GetValueOrDefault("unresolvedReason"));
            for (var i = 0; i < numbers.Count; i++)
                checks.Add(new CitationCheck(evaluation.Id, (int)numbers[i], null, unresolvedClaims[i], (int)unresolvedOffsets[i], CitationSupport.Unsupported, 0, unresolvedReasons[i], null));
        }
        return checks.OrderBy(c => c.Evaluation, StringComparer.Ordinal).ThenBy(c => c.ClaimOffset).ThenBy(c => c.Number).ToList();
    }

    // Each store gives a list property back in its own list type.
    private static List<object> Items(object? value) => value is IEnumerable items and not string ? items.Cast<object>().ToList() : [];

    private static List<string> Strings(object? value) => Items(value).Select(i => (string)i).ToList();

    private static List<long> Longs(object? value) => Items(value).Select(i => Convert.ToInt64(i, CultureInfo.InvariantCulture)).ToList();

    private static List<double> Doubles(object? value) => Items(value).Select(i => Convert.ToDouble(i, CultureInfo.InvariantCulture)).ToList();
}
