using GraphApi.Graph;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>Why a decision is said to fulfil a clause or promise.</summary>
public sealed class FulfilBasisType : EnumerationGraphType
{
    public FulfilBasisType()
    {
        Name = "FulfilBasis";
        Add(new EnumValueDefinition("CITED", FulfilBasis.Cited) { Description = "The evaluation in the corpus cites the decision for the clause." });
        Add(new EnumValueDefinition("TEXTUAL", FulfilBasis.Textual) { Description = "Found by text similarity and shared names." });
        Add(new EnumValueDefinition("CURATED", FulfilBasis.Curated) { Description = "Set by an editor in seeds/links/curated.yaml." });
    }
}
