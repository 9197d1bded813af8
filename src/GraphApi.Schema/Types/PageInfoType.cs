using GraphApi.Stores;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>Relay page information.</summary>
public sealed class PageInfoType : ObjectGraphType<NodePage>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Cursors is [var first, ..] ? first : null);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.Cursors is [.., var last] ? last : null);
    }
}
