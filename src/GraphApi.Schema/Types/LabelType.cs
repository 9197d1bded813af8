using GraphApi.Graph;
using GraphApi.Schema.Extensions;
using GraphApi.Schema.Filtering;
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
            if (relation.Many)
            {
                AddConnection(definition, relation);
                continue;
            }
            var query = new EdgeQuery(relation.Type, relation.Direction, relation.OtherLabel);
            Field(relation.Name, Refs.Named(relation.OtherLabel ?? "Node")).Description(relation.Description)
                .Resolve(c => c.GetLoader().Edges(c.Source.Id, query).Then(edges => edges.FirstOrDefault()?.Other));
        }

        foreach (var extension in extensions.Where(e => e.Label == definition.Label))
            extension.Extend(this);
    }

    /// <summary>
    /// A relationship field as a connection: the related nodes filtered, sorted and paged, one store call
    /// for all the parents of a query level; only counted when neither nodes, edges nor pageInfo are asked for.
    /// </summary>
    private void AddConnection(LabelDefinition definition, RelationField relation)
    {
        var other = relation.OtherLabel is null ? null : Labels.Of(relation.OtherLabel);
        // Made once with the schema, not per parent: it runs once per field of a request.
        // The batch key is made with the query, so that a query kept for a kept document (see Prepared) brings its key.
        Func<IResolveFieldContext, Tuple<RelatedQuery, string, string>> prepare = c =>
        {
            var where = other is null ? null : FilterBuilder.Build(other, c.GetArgument<object?>("where"));
            var order = other is null ? [] : OrderBuilder.Build(other, c.GetArgument<object?>("order"));
            if (OrderBuilder.ByBudgetTotal(c.GetArgument<object?>("order")) is not null)
                throw ArgumentErrors.Invalid("order", $"order: budgetTotal sorts the root collections only, not {definition.Label}.{relation.Name}");
            var connection = $"{definition.Label}.{relation.Name} {OrderBuilder.Describe(order)}";
            var window = Paging.Read(c, connection);
            if (!ConnectionArguments.WantsNodes(c)) window = window with { First = 0, Last = null };
            var query = new RelatedQuery(new EdgeQuery(relation.Type, relation.Direction, relation.OtherLabel, where), order, window, ConnectionArguments.Aggregated(c, relation.OtherLabel));
            return Tuple.Create(query, connection, StoreLoader.RelatedKey(query));
        };
        Field(relation.Name, Refs.NonNull(ConnectionType.NameFor(definition, relation))).Description(relation.Description)
            .Connection(relation.OtherLabel)
            .Resolve(c =>
            {
                var loader = c.GetLoader();
                var (query, connection, key) = loader.Prepared(c, prepare);
                var parent = c.Source.Id;
                Func<IResolveFieldContext, object?>? sum = relation.OtherLabel == NodeLabel.Budget ? _ => BudgetSums.Related(loader, parent, query) : null;
                return loader.RelatedPage(parent, query, key).Then(page => new Connection(Paging.Public(page, connection), sum));
            });
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
                return c.GetLoader().Edges(c.Source.Id, new EdgeQuery(c.GetArgument<string>("type"), direction))
                    .Then(edges => edges.Select(e => new Link(e.Relationship, direction, e.Other)).ToList());
            });
}
