using GraphApi.Graph;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>Which way a decision points for the promise or clause it is linked to.</summary>
public sealed class StanceType : EnumerationGraphType
{
    public StanceType()
    {
        Name = "Stance";
        Add(new EnumValueDefinition("SUPPORTS", FulfilStance.Supports) { Description = "The decision does what the promise names." });
        Add(new EnumValueDefinition("CONTRADICTS", FulfilStance.Contradicts) { Description = "The decision does the opposite: moves the promised role, tasks or staff away from the agency the promise names, or abolishes, postpones or cuts what it names." });
    }
}
