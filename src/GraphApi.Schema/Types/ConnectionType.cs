using GraphApi.Graph;
using GraphApi.Stores;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>A Relay connection of one label's nodes: edges with cursors, the nodes, page information and the total count.</summary>
public sealed class ConnectionType : ObjectGraphType<NodePage>
{
    public ConnectionType(string label)
    {
        Name = NameFor(label);
        Description = $"A page of {label} nodes.";
        Field("edges", Refs.ListOf(label + "Edge")).Resolve(c => c.Source.Nodes.Select((n, i) => new PageEdge(c.Source.Cursors[i], n)).ToList());
        Field("nodes", Refs.ListOf(label)).Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many nodes match, over all pages.").Resolve(c => c.Source.TotalCount);
    }

    public static string NameFor(string label) => label + "Connection";

    public static ObjectGraphType<PageEdge> EdgeType(string label)
    {
        var type = new ObjectGraphType<PageEdge> { Name = label + "Edge" };
        type.Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        type.Field("node", Refs.NonNull(label)).Resolve(c => c.Source.Node);
        return type;
    }
}

public sealed record PageEdge(string Cursor, Node Node);
