using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>A page of the decisions that fulfil a clause.</summary>
public sealed class FulfilmentConnectionType : ObjectGraphType<FulfilmentPage>
{
    public FulfilmentConnectionType()
    {
        Name = "FulfilmentConnection";
        Description = "The decisions that fulfil a clause, directly or through its promises, oldest first (undated last).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FulfilmentEdgeType>>>>("edges")
            .Resolve(c => Edges(c.Source));
        Field("nodes", Refs.ListOf("Decision")).Resolve(c => c.Source.Items.Select(i => i.Decision).ToList());
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.Page);
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.Page.TotalCount);
    }

    private static List<(IReadOnlyList<string>, int, ClauseFulfilment)> Edges(FulfilmentPage page)
    {
        var edges = new List<(IReadOnlyList<string>, int, ClauseFulfilment)>(page.Items.Count);
        for (var i = 0; i < page.Items.Count; i++) edges.Add((page.Page.Cursors, i, page.Items[i]));
        return edges;
    }
}

public sealed class FulfilmentEdgeType : ObjectGraphType<(IReadOnlyList<string> Cursors, int Index, ClauseFulfilment Item)>
{
    public FulfilmentEdgeType()
    {
        Name = "FulfilmentEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursors[c.Source.Index]);
        Field("node", Refs.NonNull("Decision")).Resolve(c => c.Source.Item.Decision);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FulfilBasisType>>>>("basis").Description("Every basis on which the decision is linked.").Resolve(c => c.Source.Item.Bases);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("The highest confidence of its links, 0..1.").Resolve(c => c.Source.Item.Confidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NodeInterface>>>>("via").Description("The promises it is linked through; empty when only the clause itself is cited.").Resolve(c => c.Source.Item.Via);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("sources").Description("The evidence of its links.").Resolve(c => c.Source.Item.Sources);
    }
}
