using GraphApi.Stores;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>The shortest connection between two nodes.</summary>
public sealed class PathType : ObjectGraphType<GraphPath>
{
    public PathType()
    {
        Name = "Path";
        Description = "The nodes from the first to the last, and the relationships between them (followed either way).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationshipGraphType>>>>("relationships").Resolve(c => c.Source.Relationships);
        Field<NonNullGraphType<IntGraphType>>("length").Description("The number of relationships.").Resolve(c => c.Source.Relationships.Count);
    }
}
