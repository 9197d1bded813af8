using GraphApi.Schema.Types;
using GraphQL.Types;

namespace GraphApi.Schema.Filtering;

/// <summary>Conditions on the related nodes of one label: some, none or all of them match, or any exist.</summary>
public sealed class RelationFilterType : InputObjectGraphType
{
    public RelationFilterType(string label)
    {
        Name = NameFor(label);
        Description = $"Conditions on related {label} nodes.";
        Field("some", Refs.Named(WhereType.NameFor(label))).Description("At least one related node matches.");
        Field("none", Refs.Named(WhereType.NameFor(label))).Description("No related node matches.");
        Field("all", Refs.Named(WhereType.NameFor(label))).Description("Every related node matches (true when there are none).");
        Field<BooleanGraphType>("any").Description("true: there is a related node; false: there is none.");
    }

    public static string NameFor(string label) => label + "Relation";
}
