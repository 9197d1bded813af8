using GraphApi.Graph;
using GraphApi.Stores;

namespace GraphApi.Schema.Extensions;

/// <summary>
/// Sums budgets counting each euro once. An annual amount counts once per year; a one-year amount
/// in its year; an amount stated for several years together ("3,5 miljoen euro in 2021 en 2022")
/// counts in no single year, as its split is unknown, but in the total over all years. A part whose
/// total is counted too is left out: the total already holds it.
/// </summary>
public static class BudgetArithmetic
{
    public static decimal? AmountIn(Node budget, int? year)
    {
        // Convert, not cast: the Neo4j store keeps amounts as Float.
        var amount = Convert.ToDecimal(budget.Properties.GetValueOrDefault("amount") ?? 0m, System.Globalization.CultureInfo.InvariantCulture);
        var years = budget.Get<IReadOnlyList<long>>("years") ?? [];
        var annual = budget.Get<bool>("annual");
        if (year is null) return annual ? amount * Math.Max(1, years.Count) : amount;
        if (!years.Contains(year.Value)) return null;
        return annual || years.Count == 1 ? amount : null;
    }

    /// <summary>The relationships from a part to its total, to ask the store for.</summary>
    public static readonly EdgeQuery PartOf = new(RelationshipType.PartOf, Direction.Outgoing, NodeLabel.Budget);

    /// <summary>The id of the total each budget is a part of, from the answer to <see cref="PartOf"/>.</summary>
    public static IReadOnlyDictionary<string, string> TotalOf(IReadOnlyDictionary<string, IReadOnlyList<Edge>> partOf) =>
        partOf.Where(t => t.Value.Count > 0).ToDictionary(t => t.Key, t => t.Value[0].Other.Id);

    /// <param name="totalOf">The id of the total each budget is a part of, if any.</param>
    public static decimal Sum(IEnumerable<Node> budgets, IReadOnlyDictionary<string, string> totalOf, int? year)
    {
        var counted = budgets.DistinctBy(b => b.Id).Select(b => (Budget: b, Amount: AmountIn(b, year))).Where(b => b.Amount is not null).ToList();
        var countedIds = counted.Select(b => b.Budget.Id).ToHashSet();
        return counted.Where(b => !(totalOf.TryGetValue(b.Budget.Id, out var total) && countedIds.Contains(total))).Sum(b => b.Amount!.Value);
    }
}
