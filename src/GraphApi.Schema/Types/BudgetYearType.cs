using GraphApi.Graph;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>The budgets that apply to one year and their sum.</summary>
public sealed record BudgetYear(int? Year, decimal Total, IReadOnlyList<Node> Budgets);

public sealed class BudgetYearType : ObjectGraphType<BudgetYear>
{
    public BudgetYearType()
    {
        Name = "BudgetYear";
        Description = "The budgets of one year, and their sum counting each euro once.";
        Field<IntGraphType>("year").Description("The year; null for budgets whose text states no year.").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<DecimalGraphType>>("total").Resolve(c => c.Source.Total);
        Field("budgets", Refs.ListOf("Budget")).Resolve(c => c.Source.Budgets);
    }
}
