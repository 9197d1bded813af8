using GraphApi.Graph;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

public sealed class ContradictionType : ObjectGraphType<Contradiction>
{
    public ContradictionType()
    {
        Name = "Contradiction";
        Description = "A decision that goes against the clause or one of its promises, the rule that found it and its words that show it; the decision's themisUri links to the decision itself.";
        Field("decision", Refs.NonNull(NodeLabel.Decision)).Resolve(c => c.Source.Decision);
        Field("promise", Refs.Named(NodeLabel.Promise)).Description("The promise it goes against; null when it goes against the clause's own text.").Resolve(c => c.Source.Promise);
        Field<NonNullGraphType<StringGraphType>>("rule").Description("transferAway, abolishes, postpones, cuts, or curated (an editor's verdict).").Resolve(c => c.Source.Leaning.Rule);
        Field<EvidenceType>("quote").Description("The decision's words that go against it.").Resolve(c => c.Source.Leaning.Quote);
        Field<StringGraphType>("themisUri").Description("The decision's page in Themis; null when the corpus has none.").Resolve(c => c.Source.Decision.Get<string>("themisUri"));
    }
}
