using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Stores;
using GraphApi.Stores.Filters;

namespace GraphApi.Schema.Scorecard;

/// <summary>
/// Applies <see cref="FulfilmentRules"/> to what the store holds: the decisions that FULFILL each
/// promise or clause, the other steps of their tracks, the budgets they FUND and whether those are
/// ALLOCATED. Four store calls for any number of promises, five for any number of clauses.
/// </summary>
public static class Verdicts
{
    private static readonly EdgeQuery FulfilledBy = new(RelationshipType.Fulfills, Direction.Incoming, NodeLabel.Decision);
    private static readonly EdgeQuery PromisesOf = new(RelationshipType.PartOf, Direction.Incoming, NodeLabel.Promise);
    private static readonly EdgeQuery Funds = new(RelationshipType.Funds, Direction.Outgoing, NodeLabel.Budget);
    private static readonly EdgeQuery Allocates = new(RelationshipType.Allocates, Direction.Outgoing);

    public static async Task<IReadOnlyDictionary<string, Verdict>> ForPromisesAsync(StoreLoader loader, IReadOnlyCollection<string> promiseIds, CancellationToken ct)
    {
        var judged = await JudgeAsync(loader, await loader.EdgesAsync(promiseIds, FulfilledBy, ct), ct);
        return promiseIds.ToDictionary(id => id, id => ForPromise(id, judged.GetValueOrDefault(id, [])));
    }

    public static async Task<IReadOnlyDictionary<string, Verdict>> ForClausesAsync(StoreLoader loader, IReadOnlyCollection<string> clauseIds, CancellationToken ct)
    {
        var promises = await loader.EdgesAsync(clauseIds, PromisesOf, ct);
        var promiseIds = promises.Values.SelectMany(edges => edges.Select(e => e.Other.Id)).Distinct().ToList();
        var judged = await JudgeAsync(loader, await loader.EdgesAsync(clauseIds.Concat(promiseIds).ToList(), FulfilledBy, ct), ct);
        return clauseIds.ToDictionary(id => id, id =>
        {
            var own = promises.GetValueOrDefault(id, []).Select(p => ForPromise(p.Other.Id, judged.GetValueOrDefault(p.Other.Id, []))).ToList();
            var evidence = Ordered(judged.GetValueOrDefault(id, []).Concat(own.SelectMany(p => p.Evidence))
                .GroupBy(s => s.Decision.Id).Select(g => g.OrderByDescending(s => s.Linked).First()));
            if (own.Count == 0)
            {
                var alone = ForPromise(id, judged.GetValueOrDefault(id, []));
                return alone with { Rule = FulfilmentRules.NoPromises, Explanation = $"{FulfilmentRules.NoPromises.Name}, then {alone.Rule.Name}: {alone.Explanation}" };
            }
            var (rule, status) = FulfilmentRules.JudgeClause(own.Select(p => p.Status).ToList());
            var counts = own.GroupBy(p => p.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Words(g.Key)}");
            return new Verdict(id, status, rule, $"of its {own.Count} promises, {string.Join(", ", counts)}", evidence, evidence);
        });
    }

    private static string Words(FulfilmentStatus status) => status switch
    {
        FulfilmentStatus.Kept => "kept",
        FulfilmentStatus.InProgress => "in progress",
        FulfilmentStatus.Partly => "partly kept",
        FulfilmentStatus.Broken => "broken",
        _ => "without evidence",
    };

    private static Verdict ForPromise(string id, IReadOnlyList<JudgedStep> steps)
    {
        var ordered = Ordered(steps);
        var (rule, deciding) = FulfilmentRules.Judge(ordered);
        var against = ordered.Where(s => s.Leaning.Against).ToList();
        var explanation = rule == FulfilmentRules.NoEvidence ? "no decision in the corpus fulfils it"
            : rule == FulfilmentRules.BrokenByFinalStep ? $"final steps against it: {Describe(deciding)}; no later final step supports it"
            : rule == FulfilmentRules.SupportAndContradiction ? $"steps for it: {Describe(ordered.Except(against))}; steps against it: {Describe(against)}"
            : rule == FulfilmentRules.AgainstInPreparation ? "only preparatory steps, all against it: " + Describe(deciding)
            : rule == FulfilmentRules.FinalStep ? "final steps: " + Describe(deciding)
            : rule == FulfilmentRules.TrackCompleted ? $"only preparatory steps fulfil it ({Describe(ordered.Where(s => s.Linked))}), but their tracks reached final steps later: {Describe(ordered.Where(s => !s.Linked))}"
            : rule == FulfilmentRules.OnlyIndirectSupport ? "final steps that support it only indirectly: " + Describe(deciding)
            : "only preparatory steps: " + Describe(ordered);
        return new Verdict(id, rule.Status!.Value, rule, explanation, ordered, deciding);
    }

    private static string Describe(IEnumerable<JudgedStep> steps) =>
        string.Join(", ", steps.Select(s => $"{s.Decision.Id} ({s.Rule.Name}, {(s.Leaning.Direct ? "" : "indirect, ")}{s.DateText})"));

    /// <summary>Oldest first, undated last, then by the decisions' numbers.</summary>
    public static IReadOnlyList<JudgedStep> Ordered(IEnumerable<JudgedStep> steps) =>
        steps.OrderBy(s => s.Date is null).ThenBy(s => s.Date, StringComparer.Ordinal)
            .ThenBy(s => s.Decision.Get<long>("sourceIndex")).ThenBy(s => s.Decision.Id, StringComparer.Ordinal).ToList();

    /// <summary>Each target's linked decisions judged, followed by the later final steps of their tracks.</summary>
    private static async Task<Dictionary<string, IReadOnlyList<JudgedStep>>> JudgeAsync(StoreLoader loader, IReadOnlyDictionary<string, IReadOnlyList<Edge>> linked, CancellationToken ct)
    {
        var decisions = linked.Values.SelectMany(edges => edges.Select(e => e.Other)).DistinctBy(d => d.Id).ToList();
        var tracks = decisions.Select(d => d.Get<string>("track")).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var trackSteps = tracks.Count == 0 ? []
            : (await loader.FindAsync(new NodeQuery(NodeLabel.Decision, new Comparison("track", Operator.In, tracks), [new Order("trackStep")], int.MaxValue, null), ct)).Nodes;
        var all = decisions.Concat(trackSteps).DistinctBy(d => d.Id).ToList();
        var funds = all.Count == 0 ? new Dictionary<string, IReadOnlyList<Edge>>() : await loader.EdgesAsync(all.Select(d => d.Id).ToList(), Funds, ct);
        var budgetIds = funds.Values.SelectMany(edges => edges.Select(e => e.Other.Id)).Distinct().ToList();
        var allocations = budgetIds.Count == 0 ? new Dictionary<string, IReadOnlyList<Edge>>() : await loader.EdgesAsync(budgetIds, Allocates, ct);

        IReadOnlyList<Node> Budgets(Node decision) => funds.GetValueOrDefault(decision.Id, []).Select(e => e.Other).ToList();
        StepRule Rule(Node decision) => FulfilmentRules.StepOf(decision, Budgets(decision).Any(b => allocations.GetValueOrDefault(b.Id, []).Count > 0));

        return linked.ToDictionary(t => t.Key, t =>
        {
            var steps = t.Value.Select(e => new JudgedStep(e.Other, Rule(e.Other), true, Budgets(e.Other), e.Relationship.Sources, Leaning.Of(e.Relationship, e.Other))).ToList();
            var linkedIds = steps.Select(s => s.Decision.Id).ToHashSet();
            var later = steps.Where(s => s.Rule.Step == Step.Preparatory && s.Decision.Get<string>("track") is not null)
                .SelectMany(s => trackSteps.Where(n => n.Get<string>("track") == s.Decision.Get<string>("track") && n.Get<long>("trackStep") > s.Decision.Get<long>("trackStep"))
                    .Select(n => (Node: n, From: s)))
                .Where(l => !linkedIds.Contains(l.Node.Id) && Rule(l.Node).Step == Step.Final)
                .DistinctBy(l => l.Node.Id)
                .Select(l => new JudgedStep(l.Node, Rule(l.Node), false, Budgets(l.Node), l.Node.Sources.Take(1).ToList(), l.From.Leaning with { Quote = null }));
            return (IReadOnlyList<JudgedStep>)steps.Concat(later).ToList();
        });
    }
}
