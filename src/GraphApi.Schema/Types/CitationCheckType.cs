using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

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
