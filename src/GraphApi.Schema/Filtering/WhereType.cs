using GraphApi.Schema.Model;
using GraphApi.Schema.Types;
using GraphQL.Types;

namespace GraphApi.Schema.Filtering;

/// <summary>
/// The <c>where</c> argument of one label: its properties' conditions, conditions on related nodes
/// (some / none / all), and and / or / not to combine them.
/// </summary>
public sealed class WhereType : InputObjectGraphType
{
    public WhereType(LabelDefinition definition)
    {
        Name = NameFor(definition.Label);
        Description = $"Conditions on a {definition.Label}; all that are given must hold.";
        Field("and", new ListGraphType(new NonNullGraphType(Refs.Named(Name)))).Description("All of these hold.");
        Field("or", new ListGraphType(new NonNullGraphType(Refs.Named(Name)))).Description("At least one of these holds.");
        Field("not", Refs.Named(Name)).Description("This does not hold.");
        Field("id", Refs.Named("IdFilter"));
        foreach (var scalar in definition.Scalars)
            Field(scalar.Name, Refs.Named(ScalarFilterType.NameFor(scalar.Kind))).Description(scalar.Description);
        foreach (var relation in definition.Relations.Where(r => r.OtherLabel is not null))
            Field(relation.Name, Refs.Named(RelationFilterType.NameFor(relation.OtherLabel!))).Description(relation.Description);
    }

    public static string NameFor(string label) => label + "Where";
}
