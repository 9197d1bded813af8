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

public sealed class StepType : EnumerationGraphType<Step>
{
    public StepType()
    {
        Name = "Step";
        Description = "How far a decision takes what it fulfils.";
    }
}

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
    }
}

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
    }
}

public sealed class TimelineEntryType : ObjectGraphType<TimelineEntry>
{
    public TimelineEntryType()
    {
        Name = "TimelineEntry";
        Description = "A decision, or the steps of one track (voorontwerp -> ontwerp -> bekrachtiging) as one line.";
        Field<StringGraphType>("date").Description("The first dated step's date; null when no step has one.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<StringGraphType>>("dateText").Description($"The date, or '{JudgedStep.DateUnknown}'.").Resolve(c => c.Source.Date ?? JudgedStep.DateUnknown);
        Field<StringGraphType>("track").Description("The track's id; null for a decision on its own.").Resolve(c => c.Source.Track);
        Field<StringGraphType>("trackName").Resolve(c => c.Source.TrackName);
        Field("steps", Refs.ListOf(NodeLabel.Decision)).Description("The decisions, in track order.").Resolve(c => c.Source.Steps);
    }
}

public sealed class ContinuationType : ObjectGraphType<GraphApi.Stores.Edge>
{
    public ContinuationType()
    {
        Name = "Continuation";
        Description = "An objective or indicator of the 2024-2029 policy note that carries a promise on (CONTINUES), found by text similarity and shared building blocks.";
        Field<NonNullGraphType<NodeInterface>>("node").Description("The Objective or Indicator.").Resolve(c => c.Source.Other);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("0..1.").Resolve(c => Convert.ToDouble(c.Source.Relationship.Properties["confidence"]));
        Field<NonNullGraphType<FloatGraphType>>("similarity").Resolve(c => Convert.ToDouble(c.Source.Relationship.Properties["similarity"]));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sharedTerms").Description("Ids of the programmes and building blocks both name.")
            .Resolve(c => ((System.Collections.IEnumerable?)c.Source.Relationship.Properties.GetValueOrDefault("sharedTerms"))?.Cast<string>().ToList() ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("sources").Description("The promise, and the target's sentence most like it.").Resolve(c => c.Source.Relationship.Sources);
    }
}

public sealed class CitationSupportType : EnumerationGraphType
{
    public CitationSupportType()
    {
        Name = "CitationSupport";
        Description = "How far a cited decision's own text bears out the words that cite it.";
        Add(new EnumValueDefinition(CitationSupport.Supported, CitationSupport.Supported) { Description = "The decision's text holds most of the claim's weight." });
        Add(new EnumValueDefinition(CitationSupport.Weak, CitationSupport.Weak) { Description = "The decision's text holds part of it." });
        Add(new EnumValueDefinition(CitationSupport.Unsupported, CitationSupport.Unsupported) { Description = "The decision's text holds little of it, or there is no such decision." });
    }
}

public sealed class CitationCheckType : ObjectGraphType<CitationCheck>
{
    public CitationCheckType()
    {
        Name = "CitationCheck";
        Description = "One [n] of an evaluation, checked against decision n's own text.";
        Field<NonNullGraphType<IdGraphType>>("evaluation").Resolve(c => c.Source.Evaluation);
        Field<NonNullGraphType<IntGraphType>>("number").Description("n, the decision's number in 000.").Resolve(c => c.Source.Number);
        Field("decision", Refs.Named(NodeLabel.Decision)).Description("Decision n; null when there is none.").Resolve(c => c.Source.Decision);
        Field<NonNullGraphType<StringGraphType>>("claim").Description("The words the citation backs.").Resolve(c => c.Source.Claim);
        Field<NonNullGraphType<CitationSupportType>>("support").Resolve(c => c.Source.Support);
        Field<NonNullGraphType<FloatGraphType>>("overlap").Description("The share of the claim's weight found in the decision's text, 0..1.").Resolve(c => c.Source.Overlap);
        Field<NonNullGraphType<StringGraphType>>("reason").Description("What decided it: the words found and missing, or that there is no such decision.").Resolve(c => c.Source.Reason);
        Field<EvidenceType>("sentence").Description("The citing sentence; null for a citation of an unknown number.").Resolve(c => c.Source.Sentence);
    }
}

public enum ReportFormat { Markdown }

public sealed class ReportFormatType : EnumerationGraphType<ReportFormat>
{
    public ReportFormatType()
    {
        Name = "ReportFormat";
    }
}
