using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class StatusRuleType : ObjectGraphType<StatusRule>
{
    public StatusRuleType()
    {
        Name = "StatusRule";
        Description = "The rule that decided a status.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("description").Resolve(c => c.Source.Description);
    }
}
