using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class VerdictType : ObjectGraphType<Verdict>
{
    public VerdictType()
    {
        Name = "FulfilmentVerdict";
        Description = "How well a promise or clause was kept, the rule that decided it, why, and the decisions that show it.";
        Field<NonNullGraphType<FulfilmentStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<StatusRuleType>>("rule").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("The rule applied to this case, naming the decisions.").Resolve(c => c.Source.Explanation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JudgedStepType>>>>("evidence").Description("The decisions judged, oldest first, undated last; empty when there is no evidence.")
            .Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JudgedStepType>>>>("decidingEvidence").Description("The part of the evidence the rule rests on, e.g. the final steps that go against a BROKEN promise.")
            .Resolve(c => c.Source.Deciding);
    }
}
