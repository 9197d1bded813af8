using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Model;
using GraphApi.Stores;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>
/// The GraphQL object type of one node label, built from its <see cref="LabelDefinition"/>: the
/// Node fields, a field per property, a field per relationship, and the label's own extra fields.
/// </summary>
public sealed class LabelType : ObjectGraphType<Node>
{
    public LabelType(LabelDefinition definition, IEnumerable<ILabelExtension> extensions)
    {
        Name = definition.Label;
        Description = definition.Description;
        Interface<NodeInterface>();
        IsTypeOf = value => value is Node node && node.Label == definition.Label;

        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's readable, stable id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("sources").Description("Where the node was read.").Resolve(c => c.Source.Sources);
        AddLinks(this);

        foreach (var scalar in definition.Scalars)
            AddField(new FieldType
            {
                Name = scalar.Name,
                Description = scalar.Description,
                ResolvedType = ScalarValues.GraphType(scalar.Kind, scalar.NonNull),
                Resolver = new FuncFieldResolver<Node, object?>(c => ScalarValues.Value(c.Source.Properties.GetValueOrDefault(scalar.Property), scalar.Kind)),
            });

        foreach (var relation in definition.Relations)
        {
            var query = new EdgeQuery(relation.Type, relation.Direction, relation.OtherLabel);
            var target = relation.OtherLabel ?? "Node";
            AddField(new FieldType
            {
                Name = relation.Name,
                Description = relation.Description,
                ResolvedType = relation.Many ? Refs.ListOf(target) : Refs.Named(target),
                Resolver = relation.Many
                    ? new FuncFieldResolver<Node, object?>(c => c.RequestServices!.GetLoader().Edges(c.Source.Id, query).Then(edges => edges.Select(e => e.Other).ToList()))
                    : new FuncFieldResolver<Node, object?>(c => c.RequestServices!.GetLoader().Edges(c.Source.Id, query).Then(edges => edges.FirstOrDefault()?.Other)),
            });
        }

        foreach (var extension in extensions.Where(e => e.Label == definition.Label))
            extension.Extend(this);
    }

    /// <summary>Any relationship of the node with its properties and evidence, for what no named field covers.</summary>
    private static void AddLinks(ObjectGraphType<Node> type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkType>>>>("links")
            .Description("The node's relationships of one type, with their properties and evidence.")
            .Argument<NonNullGraphType<StringGraphType>>("type", "The relationship type, e.g. FULFILLS.")
            .Argument<LinkDirectionType>("direction", "Which way to follow it; OUTGOING when left out.")
            .Resolve(c =>
            {
                var direction = c.GetArgument("direction", Direction.Outgoing);
                return c.RequestServices!.GetLoader().Edges(c.Source.Id, new EdgeQuery(c.GetArgument<string>("type"), direction))
                    .Then(edges => edges.Select(e => new Link(e.Relationship, direction, e.Other)).ToList());
            });
}
