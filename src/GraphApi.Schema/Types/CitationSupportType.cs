using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class CitationSupportType : EnumerationGraphType
{
    public CitationSupportType()
    {
        Name = "CitationSupport";
        Description = "How far a cited decision's own text bears out the words that cite it.";
        Add(new EnumValueDefinition(CitationSupport.Supported, CitationSupport.Supported) { Description = "The decision's text, read whole with the names it carries, holds enough of the claim's distinctive weight to bear it out." });
        Add(new EnumValueDefinition(CitationSupport.Weak, CitationSupport.Weak) { Description = "The decision's text holds part of it." });
        Add(new EnumValueDefinition(CitationSupport.Unsupported, CitationSupport.Unsupported) { Description = "The decision's text holds little of it, or there is no such decision." });
    }
}
