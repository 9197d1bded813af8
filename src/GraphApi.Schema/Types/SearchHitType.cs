using GraphApi.Stores;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>A search result with its score and a highlighted snippet.</summary>
public sealed class SearchHitType : ObjectGraphType<SearchHit>
{
    public SearchHitType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<NodeInterface>>("node").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Higher is better.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("property").Description("The property that matched best.").Resolve(c => c.Source.Property);
        Field<NonNullGraphType<StringGraphType>>("snippet").Description("Text of that property around the match.").Resolve(c => c.Source.Snippet);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightType>>>>("highlights").Description("Where the matching words are in the snippet.").Resolve(c => c.Source.Highlights);
    }
}

public sealed class HighlightType : ObjectGraphType<Highlight>
{
    public HighlightType()
    {
        Name = "Highlight";
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("length").Resolve(c => c.Source.Length);
    }
}
