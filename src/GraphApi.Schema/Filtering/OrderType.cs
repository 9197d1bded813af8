using GraphApi.Schema.Model;
using GraphApi.Schema.Types;
using GraphQL.Types;

namespace GraphApi.Schema.Filtering;

/// <summary>
/// One element of the <c>order</c> argument of a label, as HotChocolate.Data writes it:
/// <c>order: [{ date: DESC }, { title: ASC }]</c>, one nullable field per property it can be sorted by.
/// </summary>
public sealed class OrderType : InputObjectGraphType
{
    public OrderType(LabelDefinition definition)
    {
        Name = NameFor(definition.Label);
        Description = $"Sorts {definition.Label} nodes by one property per element of the list; nodes without the property come last.";
        Field("id", Refs.Named(SortEnumType.TypeName)).Description("The node's id.");
        foreach (var scalar in Sortable(definition))
            Field(scalar.Name, Refs.Named(SortEnumType.TypeName)).Description(scalar.Description);
        foreach (var relation in Counted(definition))
            Field(CountName(relation), Refs.Named(SortEnumType.TypeName)).Description($"The number of nodes in {relation.Name}: {relation.Description}");
        if (HasBudgetTotal(definition))
            Field(BudgetTotal, Refs.Named(SortEnumType.TypeName)).Description("The euro allocated to it, each euro once (as the field budgetTotal); on root collections, and only as the first element.");
    }

    public const string BudgetTotal = "budgetTotal";

    /// <summary>The labels with a budgetTotal field, which root collections can sort by.</summary>
    public static bool HasBudgetTotal(LabelDefinition definition) => definition.Label is Graph.NodeLabel.Agency or Graph.NodeLabel.Programme;

    /// <summary>The relationship fields a node can be sorted by the count of, as <c>decisionsCount</c>.</summary>
    public static IEnumerable<RelationField> Counted(LabelDefinition definition) => definition.Relations.Where(r => r.Many);

    public static string CountName(RelationField relation) => relation.Name + "Count";

    public static string NameFor(string label) => label + "SortInput";

    /// <summary>The properties a node can be sorted by: every one that is not a list.</summary>
    public static IEnumerable<ScalarField> Sortable(LabelDefinition definition) =>
        definition.Scalars.Where(s => s.Kind is not (ScalarKind.StringList or ScalarKind.IntList));
}

public enum SortDirection { Asc, Desc }

/// <summary>HotChocolate.Data's sort direction, under its name.</summary>
public sealed class SortEnumType : EnumerationGraphType<SortDirection>
{
    public const string TypeName = "SortEnumType";

    public SortEnumType()
    {
        Name = TypeName;
        Description = "ASC: smallest first; DESC: largest first.";
    }
}
