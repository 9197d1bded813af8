using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>A relationship on its own, as a path shows it: from its start node to its end node.</summary>
public sealed class RelationshipGraphType : ObjectGraphType<Relationship>
{
    public RelationshipGraphType()
    {
        Name = "Relationship";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("startId").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IdGraphType>>("endId").Resolve(c => c.Source.End);
        Field<NodeInterface>("start").Resolve(c => c.GetLoader().Node(c.Source.Start));
        Field<NodeInterface>("end").Resolve(c => c.GetLoader().Node(c.Source.End));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties")
            .Resolve(c => PropertyType.Of(c.Source));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("sources").Resolve(c => c.Source.Sources);
    }
}
