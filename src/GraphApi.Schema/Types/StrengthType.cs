using GraphApi.Graph;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>How directly a decision's own words carry the promise or clause it is linked to.</summary>
public sealed class StrengthType : EnumerationGraphType
{
    public StrengthType()
    {
        Name = "Strength";
        Add(new EnumValueDefinition("DIRECT", FulfilStrength.Direct) { Description = "The decision's own words carry the promise's distinctive terms (a shared organisation, programme or building block, or close wording); an editor's link; a citation its decision bears out." });
        Add(new EnumValueDefinition("INDIRECT", FulfilStrength.Indirect) { Description = "The decision only touches the subject." });
    }
}
