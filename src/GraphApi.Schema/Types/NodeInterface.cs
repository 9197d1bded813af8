using GraphApi.Graph;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>Every node of the graph: found by its id, traced to its sources, linked to its neighbours.</summary>
public sealed class NodeInterface : InterfaceGraphType<Node>
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "A node of the graph, with a readable, stable id such as agency:digitaal-vlaanderen.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("sources");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LinkType>>>>("links")
            .Argument<NonNullGraphType<StringGraphType>>("type").Argument<LinkDirectionType>("direction");
    }
}
