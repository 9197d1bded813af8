using GraphApi.Graph;
using GraphApi.Schema.Extensions;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Types;
using GraphApi.Stores;

namespace GraphApi.Schema.Scorecard;

/// <summary>
/// The money behind a promise or clause: the budgets its decisions FUND, each euro counted once
/// (<see cref="BudgetArithmetic"/>): a budget two decisions share, or a total and its parts, are not added twice.
/// </summary>
public sealed record BudgetRollUp(IReadOnlyList<Node> Budgets, IReadOnlyDictionary<string, string> TotalOf)
{
    public static readonly BudgetRollUp None = new([], new Dictionary<string, string>());

    public decimal Total(int? year) => BudgetArithmetic.Sum(Budgets, TotalOf, year);

    public IReadOnlyList<BudgetYear> ByYear => BudgetsByYear.Group(Budgets, TotalOf);

    private static readonly EdgeQuery FulfilledBy = new(RelationshipType.Fulfills, Direction.Incoming, NodeLabel.Decision);
    private static readonly EdgeQuery Funds = new(RelationshipType.Funds, Direction.Outgoing, NodeLabel.Budget);

    /// <summary>The roll-up of each promise, or of each clause with the decisions of its promises. Three to five store calls.</summary>
    public static async Task<IReadOnlyDictionary<string, BudgetRollUp>> LoadAsync(StoreLoader loader, string label, IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        var decisions = label == NodeLabel.Clause
            ? (await ClauseDecisions.Load(loader, ids, ClauseDecisions.AllFulfils, ct)).ToDictionary(p => p.Key, p => p.Value.Select(f => f.Decision.Id).ToList())
            : (await loader.EdgesAsync(ids, FulfilledBy, ct)).ToDictionary(p => p.Key, p => p.Value.Select(e => e.Other.Id).ToList());
        var decisionIds = decisions.Values.SelectMany(d => d).Distinct().ToList();
        var funds = decisionIds.Count == 0 ? new Dictionary<string, IReadOnlyList<Edge>>() : await loader.EdgesAsync(decisionIds, Funds, ct);
        var budgetIds = funds.Values.SelectMany(edges => edges.Select(e => e.Other.Id)).Distinct().ToList();
        var partOf = budgetIds.Count == 0 ? new Dictionary<string, IReadOnlyList<Edge>>() : await loader.EdgesAsync(budgetIds, BudgetArithmetic.PartOf, ct);
        var totalOf = BudgetArithmetic.TotalOf(partOf);
        return ids.ToDictionary(id => id, id => new BudgetRollUp(
            decisions.GetValueOrDefault(id, []).SelectMany(d => funds.GetValueOrDefault(d, []).Select(e => e.Other)).DistinctBy(b => b.Id).OrderBy(b => b.Id, StringComparer.Ordinal).ToList(),
            totalOf));
    }
}
