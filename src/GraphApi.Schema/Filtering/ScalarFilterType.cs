using GraphApi.Schema.Model;
using GraphQL.Types;

namespace GraphApi.Schema.Filtering;

/// <summary>The comparisons a property of one kind can be filtered by, e.g. StringFilter { eq in contains gte lte }.</summary>
public sealed class ScalarFilterType : InputObjectGraphType
{
    private ScalarFilterType(string name, Func<IGraphType> element, bool contains, bool range)
    {
        Name = name;
        Description = "Conditions on a value; all that are given must hold. On a list, a condition holds when it holds for any element.";
        Field("eq", element()).Description("Equal to (null: the property is missing).");
        Field("in", new ListGraphType(new NonNullGraphType(element()))).Description("Equal to one of these.");
        if (contains) Field("contains", element()).Description("Contains this text, ignoring case.");
        if (range)
        {
            Field("gte", element()).Description("Greater than or equal to; dates (YYYY-MM-DD) compare as text.");
            Field("lte", element()).Description("Less than or equal to.");
        }
    }

    public static string NameFor(ScalarKind kind) => kind switch
    {
        ScalarKind.String => "StringFilter",
        ScalarKind.Int => "IntFilter",
        ScalarKind.Float => "FloatFilter",
        ScalarKind.Decimal => "DecimalFilter",
        ScalarKind.Boolean => "BooleanFilter",
        ScalarKind.StringList => "StringListFilter",
        ScalarKind.IntList => "IntListFilter",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static IEnumerable<IGraphType> All() =>
    [
        new ScalarFilterType("IdFilter", () => new IdGraphType(), contains: false, range: false),
        new ScalarFilterType(NameFor(ScalarKind.String), () => new StringGraphType(), contains: true, range: true),
        new ScalarFilterType(NameFor(ScalarKind.Int), () => new IntGraphType(), contains: false, range: true),
        new ScalarFilterType(NameFor(ScalarKind.Float), () => new FloatGraphType(), contains: false, range: true),
        new ScalarFilterType(NameFor(ScalarKind.Decimal), () => new DecimalGraphType(), contains: false, range: true),
        new ScalarFilterType(NameFor(ScalarKind.Boolean), () => new BooleanGraphType(), contains: false, range: false),
        new ScalarFilterType(NameFor(ScalarKind.StringList), () => new StringGraphType(), contains: true, range: false),
        new ScalarFilterType(NameFor(ScalarKind.IntList), () => new IntGraphType(), contains: false, range: true),
    ];
}
