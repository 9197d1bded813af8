using System.Text.RegularExpressions;
using GraphApi.Schema.Model;
using GraphApi.Schema.Types;
using GraphQL.Types;

namespace GraphApi.Schema.Filtering;

/// <summary>The <c>order</c> argument of one label: a property to sort by and a direction.</summary>
public sealed class OrderType : InputObjectGraphType
{
    public OrderType(LabelDefinition definition)
    {
        Name = definition.Label + "Order";
        Description = $"Sorts {definition.Label} nodes by a property; nodes without it come last.";
        Field("field", new NonNullGraphType(Refs.Named(FieldEnumName(definition.Label))));
        Field("direction", Refs.Named("SortDirection")).DefaultValue(SortDirection.Asc);
    }

    public static string FieldEnumName(string label) => label + "OrderField";

    public static EnumerationGraphType FieldEnum(LabelDefinition definition)
    {
        var type = new EnumerationGraphType { Name = FieldEnumName(definition.Label), Description = $"The properties a {definition.Label} can be sorted by." };
        type.Add(new EnumValueDefinition("ID", "id"));
        foreach (var scalar in definition.Scalars.Where(s => s.Kind is not (ScalarKind.StringList or ScalarKind.IntList)))
            type.Add(new EnumValueDefinition(ConstantCase(scalar.Name), scalar.Property) { Description = scalar.Description });
        return type;
    }

    private static string ConstantCase(string name) => Regex.Replace(name, "(?<=[a-z0-9])([A-Z])", "_$1").ToUpperInvariant();
}

public enum SortDirection { Asc, Desc }

public sealed class SortDirectionType : EnumerationGraphType<SortDirection>
{
    public SortDirectionType()
    {
        Name = "SortDirection";
        Description = "ASC: smallest first; DESC: largest first.";
    }
}
