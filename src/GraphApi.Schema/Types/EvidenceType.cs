using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>Where a node or relationship was read: the document, the character offset and the exact quote.</summary>
public sealed class EvidenceType : ObjectGraphType<Evidence>
{
    public EvidenceType()
    {
        Name = "Evidence";
        Description = "Where a node or relationship was read: the document, the character offset in its text and the exact words found there.";
        Field<NonNullGraphType<StringGraphType>>("documentId").Description("The id of the source document, e.g. document:000.").Resolve(c => c.Source.Document);
        Field("document", Refs.Named("Document")).Description("The source document.")
            .Resolve(c => c.GetLoader().Node(c.Source.Document));
        Field<NonNullGraphType<IntGraphType>>("offset").Description("The character offset (UTF-16 code units) of the quote in the document's text.").Resolve(c => c.Source.Offset);
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The exact words at that offset.").Resolve(c => c.Source.Quote);
    }
}
