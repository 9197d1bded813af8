using GraphApi.Schema.Model;
using GraphApi.Schema.Types;
using GraphQL.Types;

namespace GraphApi.Schema.Filtering;

/// <summary>
/// The conditions a property of one kind can be filtered by, in HotChocolate.Data's vocabulary: every kind
/// <c>eq neq in nin</c>; strings <c>contains startsWith endsWith</c> and their negations; numbers and strings
/// (ISO dates are strings) <c>gt gte lt lte</c> and their negations; lists <c>some none all any</c>.
/// Beyond HotChocolate.Data, strings take <c>mode: INSENSITIVE</c> to ignore case in every condition.
/// </summary>
public sealed class ScalarFilterType : InputObjectGraphType
{
    private ScalarFilterType(string name, Func<IGraphType> element, bool text, bool range)
    {
        Name = name;
        Description = "Conditions on a value; all that are given must hold. A missing value matches only eq: null and the negations.";
        Field("eq", element()).Description("Equal to (null: the property is missing).");
        Field("neq", element()).Description("Not equal to (null: the property is present).");
        Field("in", new ListGraphType(new NonNullGraphType(element()))).Description("Equal to one of these.");
        Field("nin", new ListGraphType(new NonNullGraphType(element()))).Description("Equal to none of these.");
        if (text)
        {
            Field("contains", element()).Description("Contains this text.");
            Field("ncontains", element()).Description("Does not contain this text.");
            Field("startsWith", element()).Description("Starts with this text.");
            Field("nstartsWith", element()).Description("Does not start with this text.");
            Field("endsWith", element()).Description("Ends with this text.");
            Field("nendsWith", element()).Description("Does not end with this text.");
        }
        if (range)
        {
            Field("gt", element()).Description("Greater than; dates (YYYY-MM-DD) compare as text.");
            Field("ngt", element()).Description("Not greater than.");
            Field("gte", element()).Description("Greater than or equal to.");
            Field("ngte", element()).Description("Not greater than or equal to.");
            Field("lt", element()).Description("Less than.");
            Field("nlt", element()).Description("Not less than.");
            Field("lte", element()).Description("Less than or equal to.");
            Field("nlte", element()).Description("Not less than or equal to.");
        }
        if (text) Field("mode", Refs.Named(QueryModeType.TypeName)).Description("INSENSITIVE: every condition here ignores case. DEFAULT (when left out): case matters.");
    }

    private ScalarFilterType(string name, string elementFilter, string description)
    {
        Name = name;
        Description = description;
        Field("some", Refs.Named(elementFilter)).Description("At least one element matches.");
        Field("none", Refs.Named(elementFilter)).Description("No element matches.");
        Field("all", Refs.Named(elementFilter)).Description("Every element matches (true for an empty list).");
        Field<BooleanGraphType>("any").Description("true: the list has elements; false: it is empty or missing.");
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
        new ScalarFilterType("IdFilter", () => new IdGraphType(), text: false, range: false),
        new ScalarFilterType(NameFor(ScalarKind.String), () => new StringGraphType(), text: true, range: true),
        new ScalarFilterType(NameFor(ScalarKind.Int), () => new IntGraphType(), text: false, range: true),
        new ScalarFilterType(NameFor(ScalarKind.Float), () => new FloatGraphType(), text: false, range: true),
        new ScalarFilterType(NameFor(ScalarKind.Decimal), () => new DecimalGraphType(), text: false, range: true),
        new ScalarFilterType(NameFor(ScalarKind.Boolean), () => new BooleanGraphType(), text: false, range: false),
        new ScalarFilterType(NameFor(ScalarKind.StringList), NameFor(ScalarKind.String), "Conditions on the elements of a list of strings."),
        new ScalarFilterType(NameFor(ScalarKind.IntList), NameFor(ScalarKind.Int), "Conditions on the elements of a list of numbers."),
        new QueryModeType(),
    ];
}

public enum QueryMode { Default, Insensitive }

/// <summary>How strings are compared: as Prisma's <c>mode</c> argument, case-sensitive unless INSENSITIVE.</summary>
public sealed class QueryModeType : EnumerationGraphType<QueryMode>
{
    public const string TypeName = "QueryMode";

    public QueryModeType()
    {
        Name = TypeName;
        Description = "DEFAULT: strings compare exactly; INSENSITIVE: they compare ignoring case.";
    }
}
