using GraphApi.Graph;
using GraphApi.Schema.Extensions;
using GraphApi.Schema.Model;
using GraphApi.Stores;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>
/// <c>aggregates</c> of a connection of one label, over all its matches and not only the page: <c>count</c>,
/// <c>min</c> and <c>max</c> of its numbers and dates (computed by the store in the call that pages),
/// and for budgets <c>sum { amount }</c>, each euro once as <c>budgetTotal</c> counts it.
/// </summary>
public sealed class AggregatesType : ObjectGraphType<Connection>
{
    private AggregatesType(LabelDefinition definition)
    {
        Name = NameFor(definition.Label);
        Description = $"Figures over all the {definition.Label} nodes of a connection, not only its page.";
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many nodes match.").Resolve(c => c.Source.Page.TotalCount);
        if (Properties(definition).Count > 0)
        {
            Field("min", Refs.NonNull(ExtremesName(definition.Label))).Description("The smallest value of each property; null when no node has it.").Resolve(c => (c.Source.Page, true));
            Field("max", Refs.NonNull(ExtremesName(definition.Label))).Description("The largest value of each property; null when no node has it.").Resolve(c => (c.Source.Page, false));
        }
        if (definition.Label == NodeLabel.Budget)
            Field<NonNullGraphType<BudgetSumType>>("sum").Description("The sums of the budgets.").Resolve(c => c.Source);
    }

    public static string NameFor(string label) => label + "Aggregates";

    private static string ExtremesName(string label) => label + "Extremes";

    /// <summary>The properties with a min and max: numbers, and dates (ISO strings).</summary>
    public static IReadOnlyList<ScalarField> Properties(LabelDefinition definition) =>
        definition.Scalars.Where(s => s.Kind is ScalarKind.Int or ScalarKind.Float or ScalarKind.Decimal || s.Name == "date").ToList();

    public static IEnumerable<IGraphType> Of(LabelDefinition definition)
    {
        yield return new AggregatesType(definition);
        if (Properties(definition).Count == 0) yield break;
        var extremes = new ObjectGraphType<(NodePage Page, bool Min)> { Name = ExtremesName(definition.Label), Description = $"The smallest or largest value of each property of {definition.Label} nodes." };
        foreach (var scalar in Properties(definition))
            extremes.Field(scalar.Name, ScalarValues.GraphType(scalar.Kind, nonNull: false)).Description(scalar.Description)
                .Resolve(c => c.Source.Page.Aggregates.TryGetValue(scalar.Property, out var a) ? ScalarValues.Value(c.Source.Min ? a.Min : a.Max, scalar.Kind) : null);
        yield return extremes;
    }
}

/// <summary>The sums of a connection of budgets.</summary>
public sealed class BudgetSumType : ObjectGraphType<Connection>
{
    public BudgetSumType()
    {
        Name = "BudgetSums";
        Field<NonNullGraphType<DecimalGraphType>>("amount")
            .Description("The euro of all the budgets: a total and its parts are not added twice, an annual amount counts once per year.")
            .Resolve(c => c.Source.SumOfAmounts?.Invoke(c) ?? throw new InvalidOperationException("This connection has no budget sum."));
    }
}
