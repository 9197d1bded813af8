using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class JudgedStepType : ObjectGraphType<JudgedStep>
{
    public JudgedStepType()
    {
        Name = "FulfilmentEvidence";
        Description = "A decision as evidence: its date, kind, step and the rule that set it, the money it provides and the quotes that tie it to the promise or clause.";
        Field("decision", Refs.NonNull(NodeLabel.Decision)).Resolve(c => c.Source.Decision);
        Field<StringGraphType>("date").Description("YYYY-MM-DD; null when unknown.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<StringGraphType>>("dateText").Description($"The date, or '{JudgedStep.DateUnknown}'.").Resolve(c => c.Source.DateText);
        Field<NonNullGraphType<StringGraphType>>("kind").Resolve(c => c.Source.Decision.Get<string>("kind"));
        Field<NonNullGraphType<StepType>>("step").Resolve(c => c.Source.Rule.Step);
        Field<NonNullGraphType<StepRuleType>>("rule").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<BooleanGraphType>>("linked").Description("True when the decision itself fulfils it; false when it is the later, final step of the track of one that does.")
            .Resolve(c => c.Source.Linked);
        Field("amounts", Refs.ListOf(NodeLabel.Budget)).Description("The budgets the decision provides.").Resolve(c => c.Source.Budgets);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("quotes").Description("Why the decision is linked: the evidence of its FULFILLS, or its title for a track's later step.")
            .Resolve(c => c.Source.Quotes);
        Field<NonNullGraphType<StanceType>>("stance").Description("Which way the decision points; a track's later step points as the linked step of its track.").Resolve(c => c.Source.Leaning.Stance);
        Field<NonNullGraphType<StringGraphType>>("stanceRule").Description("The rule that set the stance: transferAway, abolishes, postpones, cuts, noContradiction, or curated (an editor's verdict).").Resolve(c => c.Source.Leaning.Rule);
        Field<EvidenceType>("stanceQuote").Description("The decision's words that show the stance: what goes against it, or the editor's quote; null when nothing goes against it.").Resolve(c => c.Source.Leaning.Quote);
        Field<StringGraphType>("stanceReason").Description("An editor's reason for the stance; null when the ingest found it.").Resolve(c => c.Source.Leaning.Reason);
        Field<NonNullGraphType<StrengthType>>("strength").Description("How directly the decision's own words carry it.").Resolve(c => c.Source.Leaning.Strength);
    }
}
