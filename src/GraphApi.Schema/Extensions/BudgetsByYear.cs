using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Types;
using GraphApi.Stores;

namespace GraphApi.Schema.Extensions;

/// <summary>All budgets grouped by year, each year summed with <see cref="BudgetArithmetic"/>. Two store calls.</summary>
public static class BudgetsByYear
{
    public static async Task<IReadOnlyList<BudgetYear>> Load(StoreLoader loader, CancellationToken ct)
    {
        var budgets = (await loader.FindAsync(new NodeQuery(NodeLabel.Budget, null, [], int.MaxValue, null), ct)).Nodes;
        var totals = await loader.EdgesAsync(budgets.Select(b => b.Id).ToList(), BudgetArithmetic.PartOf, ct);
        return Group(budgets, BudgetArithmetic.TotalOf(totals));
    }

    /// <summary>The budgets per year they apply to, the undated ones last, each year summed counting each euro once.</summary>
    public static IReadOnlyList<BudgetYear> Group(IReadOnlyList<Node> budgets, IReadOnlyDictionary<string, string> totalOf)
    {
        var years = budgets.SelectMany(b => b.Get<IReadOnlyList<long>>("years") ?? []).Distinct().Order().Select(y => (int?)(int)y).ToList();
        var undated = budgets.Where(b => (b.Get<IReadOnlyList<long>>("years") ?? []).Count == 0).ToList();
        return years
            .Select(year =>
            {
                var inYear = budgets.Where(b => (b.Get<IReadOnlyList<long>>("years") ?? []).Contains(year!.Value)).ToList();
                return new BudgetYear(year, BudgetArithmetic.Sum(inYear, totalOf, year), inYear);
            })
            .Append(new BudgetYear(null, BudgetArithmetic.Sum(undated, totalOf, null), undated))
            .ToList();
    }
}
