using GraphApi.Schema.Loading;
using GraphApi.Stores;

namespace GraphApi.Schema.Extensions;

/// <summary>
/// <c>aggregates { sum { amount } }</c> of a connection of budgets: every matching budget (not only the page)
/// summed as <see cref="BudgetArithmetic"/> counts, each euro once. The store has no such sum, so the budgets
/// are loaded: two store calls per query level, for all the parents of that level.
/// </summary>
public static class BudgetSums
{
    /// <summary>The sum of the budgets a related query finds for each parent.</summary>
    public static object Related(StoreLoader loader, string parentId, RelatedQuery query)
    {
        var all = query with { Window = new Window(int.MaxValue), Order = [], Aggregated = null };
        return loader.Custom<decimal>("budget-sum:" + QueryKey.Of(all), parentId, async (ids, ct) =>
        {
            var pages = await loader.RelatedPagesAsync(ids, all, ct);
            var totalOf = await TotalOf(loader, pages.Values.SelectMany(p => p.Nodes.Select(n => n.Id)).Distinct().ToList(), ct);
            return pages.ToDictionary(p => p.Key, p => BudgetArithmetic.Sum(p.Value.Nodes, totalOf, year: null));
        }, 0m);
    }

    /// <summary>The sum of the budgets a root query finds.</summary>
    public static object Root(StoreLoader loader, NodeQuery query)
    {
        var all = query with { First = int.MaxValue, After = null, Last = null, Before = null, Order = [], Aggregated = null };
        // One root field is one batch of its own; the data loader only defers the calls to the level's turn.
        return loader.Custom<decimal>("budget-sum-root:" + Guid.NewGuid(), "root", async (keys, ct) =>
        {
            var budgets = (await loader.FindAsync(all, ct)).Nodes;
            var sum = BudgetArithmetic.Sum(budgets, await TotalOf(loader, budgets.Select(n => n.Id).ToList(), ct), year: null);
            return keys.ToDictionary(k => k, _ => sum);
        }, 0m);
    }

    private static async Task<IReadOnlyDictionary<string, string>> TotalOf(StoreLoader loader, IReadOnlyCollection<string> budgetIds, CancellationToken ct) =>
        budgetIds.Count == 0 ? new Dictionary<string, string>() : BudgetArithmetic.TotalOf(await loader.EdgesAsync(budgetIds, BudgetArithmetic.PartOf, ct));
}
