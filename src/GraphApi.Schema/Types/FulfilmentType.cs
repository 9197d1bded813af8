using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>A FULFILLS relationship: a decision, the clause or promise it fulfils, why, how sure, and the evidence.</summary>
public sealed record Fulfilment(Relationship Relationship, Node Decision, Node Target);

public sealed class FulfilmentType : ObjectGraphType<Fulfilment>
{
    public FulfilmentType()
    {
        Name = "Fulfilment";
        Description = "A decision that fulfils a clause or promise.";
        Field("decision", Refs.NonNull("Decision")).Resolve(c => c.Source.Decision);
        Field<NonNullGraphType<NodeInterface>>("target").Description("The clause or promise.").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<FulfilBasisType>>("basis").Resolve(c => c.Source.Relationship.Get<string>("basis"));
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("0..1.").Resolve(c => c.Source.Relationship.Get<double>("confidence"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("sources").Resolve(c => c.Source.Relationship.Sources);
        Field<NonNullGraphType<StanceType>>("stance").Description("Which way the decision points.").Resolve(c => Leaning.Of(c.Source.Relationship, c.Source.Decision).Stance);
        Field<NonNullGraphType<StringGraphType>>("stanceRule").Description("The rule that set the stance: transferAway, abolishes, postpones, cuts, noContradiction, or curated.").Resolve(c => Leaning.Of(c.Source.Relationship, c.Source.Decision).Rule);
        Field<EvidenceType>("stanceQuote").Description("The decision's words that show the stance; null when nothing goes against it.").Resolve(c => Leaning.Of(c.Source.Relationship, c.Source.Decision).Quote);
        Field<NonNullGraphType<StrengthType>>("strength").Description("How directly the decision's own words carry what it fulfils.").Resolve(c => Leaning.Of(c.Source.Relationship, c.Source.Decision).Strength);
    }
}
