using GraphApi.Schema.Loading;
using GraphApi.Stores;

namespace GraphApi.Schema.Extensions;

/// <summary>
/// <c>order: [{ budgetTotal: DESC }, ...]</c> on agencies and programmes. The store cannot sum each euro once,
/// so every match is loaded in the order of the remaining elements, its total computed as the budgetTotal
/// field computes it, and the matches sorted by total (stably, so the remaining elements break ties) before
/// the page is cut: three store calls, and the matches (not their budgets' pages) in memory.
/// </summary>
public static class BudgetTotalOrder
{
    public static async Task<NodePage> PageAsync(StoreLoader loader, NodeQuery query, bool descending, CancellationToken ct)
    {
        var all = await loader.FindAsync(query with { First = int.MaxValue, After = null, Last = null, Before = null }, ct);
        var totals = all.Nodes.Count == 0 ? new Dictionary<string, decimal>() : await BudgetTotals.Load(loader, all.Nodes.Select(n => n.Id).ToList(), null, ct);
        var sorted = descending ? all.Nodes.OrderByDescending(n => totals.GetValueOrDefault(n.Id)).ToList() : all.Nodes.OrderBy(n => totals.GetValueOrDefault(n.Id)).ToList();
        var (from, to) = query.Window.Slice(sorted.Count);
        return query.Window.Page(sorted[from..to], sorted.Count, from) with { Aggregates = all.Aggregates };
    }
}
