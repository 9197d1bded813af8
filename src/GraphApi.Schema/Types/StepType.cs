using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class StepType : EnumerationGraphType<Step>
{
    public StepType()
    {
        Name = "Step";
        Description = "How far a decision takes what it fulfils.";
    }
}
