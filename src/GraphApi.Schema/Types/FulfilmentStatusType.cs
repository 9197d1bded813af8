using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class FulfilmentStatusType : EnumerationGraphType<FulfilmentStatus>
{
    public FulfilmentStatusType()
    {
        Name = "FulfilmentStatus";
        Description = "How well a promise or clause was kept, by the rules in src/GraphApi.Schema/Scorecard/FulfilmentRules.cs.";
    }
}
