using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Types;
using GraphApi.Stores;
using GraphQL.Types;

namespace GraphApi.Schema.Extensions;

/// <summary><c>Decision.fulfils</c>: what the decision fulfils, with basis, confidence and evidence.</summary>
public sealed class DecisionFulfils : ILabelExtension
{
    private static readonly EdgeQuery Query = new(RelationshipType.Fulfills, Direction.Outgoing);

    public string Label => NodeLabel.Decision;

    public void Extend(LabelType type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FulfilmentType>>>>("fulfils")
            .Description("The clauses and promises the decision fulfils.")
            .Resolve(c =>
            {
                // The context is reused once the resolver returns: keep the source, not the context.
                var decision = c.Source;
                return c.GetLoader().Edges(decision.Id, Query)
                    .Then(edges => edges.Select(e => new Fulfilment(e.Relationship, decision, e.Other)).ToList());
            });
}

/// <summary><c>Promise.fulfilledBy</c>: the decisions that fulfil the promise.</summary>
public sealed class PromiseFulfilledBy : ILabelExtension
{
    private static readonly EdgeQuery Query = new(RelationshipType.Fulfills, Direction.Incoming, NodeLabel.Decision);

    public string Label => NodeLabel.Promise;

    public void Extend(LabelType type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FulfilmentType>>>>("fulfilledBy")
            .Description("The decisions that fulfil the promise.")
            .Resolve(c =>
            {
                var promise = c.Source;
                return c.GetLoader().Edges(promise.Id, Query)
                    .Then(edges => edges.Select(e => new Fulfilment(e.Relationship, e.Other, promise)).ToList());
            });
}
