using GraphApi.Stores;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class LinkDirectionType : EnumerationGraphType<Direction>
{
    public LinkDirectionType()
    {
        Name = "LinkDirection";
        Description = "OUTGOING follows a relationship from its start, INCOMING from its end.";
    }
}
