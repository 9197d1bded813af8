using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

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
