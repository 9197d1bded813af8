using GraphApi.Graph;
using GraphApi.Schema.Model;
using GraphApi.Stores;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>
/// A Relay connection of nodes of one type: edges with cursors, the nodes, page information and the
/// total count. Root collections get <c>DecisionConnection</c>; relationship fields are named after
/// their owner and field as HotChocolate names them, e.g. <c>AgencyDecisionsConnection</c>.
/// </summary>
public sealed class ConnectionType : ObjectGraphType<Connection>
{
    private ConnectionType(string name, string nodeType, string? label, string description)
    {
        Name = name;
        Description = description;
        Field("edges", Refs.ListOf(EdgeName(name))).Resolve(c => c.Source.Page.Nodes.Select((n, i) => new PageEdge(c.Source.Page.Cursors, i, n)).ToList());
        Field("nodes", Refs.ListOf(nodeType)).Resolve(c => c.Source.Page.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.Page);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many nodes match, over all pages.").Resolve(c => c.Source.Page.TotalCount);
        if (label is not null)
            Field("aggregates", Refs.NonNull(AggregatesType.NameFor(label))).Description("Count, min, max (and for budgets the sum) over all the matches, not only this page.").Resolve(c => c.Source);
    }

    public static string NameFor(string label) => label + "Connection";

    public static string NameFor(LabelDefinition owner, RelationField relation) =>
        owner.Label + char.ToUpperInvariant(relation.Name[0]) + relation.Name[1..] + "Connection";

    /// <summary>The connection of a root collection and its edge type.</summary>
    public static IEnumerable<IGraphType> Of(string label) =>
        [new ConnectionType(NameFor(label), label, label, $"A page of {label} nodes."), EdgeType(EdgeName(NameFor(label)), label)];

    /// <summary>The connection of a relationship field and its edge type.</summary>
    public static IEnumerable<IGraphType> Of(LabelDefinition owner, RelationField relation)
    {
        var name = NameFor(owner, relation);
        var target = relation.OtherLabel ?? "Node";
        return [new ConnectionType(name, target, relation.OtherLabel, $"A page of {owner.Label}.{relation.Name}: {relation.Description}"), EdgeType(EdgeName(name), target)];
    }

    private static string EdgeName(string connection) => connection[..^"Connection".Length] + "Edge";

    private static ObjectGraphType<PageEdge> EdgeType(string name, string nodeType)
    {
        var type = new ObjectGraphType<PageEdge> { Name = name };
        type.Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        type.Field("node", Refs.NonNull(nodeType)).Resolve(c => c.Source.Node);
        return type;
    }
}

/// <summary>An edge of a page; its cursor is worked out only when asked for.</summary>
public sealed record PageEdge(IReadOnlyList<string> Cursors, int Index, Node Node)
{
    public string Cursor => Cursors[Index];
}
