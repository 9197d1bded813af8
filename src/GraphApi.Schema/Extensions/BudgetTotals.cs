using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Types;
using GraphApi.Stores;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Schema.Extensions;

/// <summary>
/// <c>budgetTotal(year)</c> of agencies and programmes: the amounts allocated to them, each euro
/// counted once (see <see cref="BudgetArithmetic"/>). Two store calls per level of the query.
/// </summary>
public sealed class BudgetTotals(string label) : ILabelExtension
{
    private static readonly EdgeQuery Allocated = new(RelationshipType.Allocates, Direction.Incoming, NodeLabel.Budget);

    public string Label => label;

    public void Extend(LabelType type) =>
        type.Field<NonNullGraphType<DecimalGraphType>>("budgetTotal")
            .Description("The euro allocated to it; in one year when given. Each euro is counted once: a total and its parts are not added twice, and an amount stated for several years together counts in no single year.")
            .Argument<IntGraphType>("year", "Only what applies to this year.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                var loader = c.GetLoader();
                return loader.Custom<decimal>($"budget-total:{label}:{year}", c.Source.Id, (ids, ct) => Load(loader, ids, year, ct), 0m);
            });

    public static async Task<IReadOnlyDictionary<string, decimal>> Load(StoreLoader loader, IReadOnlyCollection<string> ids, int? year, CancellationToken ct)
    {
        var allocated = await loader.EdgesAsync(ids, Allocated, ct);
        var budgetIds = allocated.Values.SelectMany(edges => edges.Select(e => e.Other.Id)).Distinct().ToList();
        var totals = budgetIds.Count == 0 ? new Dictionary<string, IReadOnlyList<Edge>>() : await loader.EdgesAsync(budgetIds, BudgetArithmetic.PartOf, ct);
        var totalOf = BudgetArithmetic.TotalOf(totals);
        return ids.ToDictionary(id => id, id => BudgetArithmetic.Sum(allocated.GetValueOrDefault(id, []).Select(e => e.Other), totalOf, year));
    }
}
