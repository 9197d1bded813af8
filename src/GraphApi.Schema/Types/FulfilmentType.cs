using GraphApi.Graph;
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
    }
}
