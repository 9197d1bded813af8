using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class StepRuleType : ObjectGraphType<StepRule>
{
    public StepRuleType()
    {
        Name = "StepRule";
        Description = "The rule that decided whether a decision is a final or a preparatory step.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StepType>>("step").Resolve(c => c.Source.Step);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
    }
}
