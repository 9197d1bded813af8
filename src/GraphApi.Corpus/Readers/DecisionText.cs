using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// One government decision (beslissing) as listed in the evaluation request: "N - title   body".
/// </summary>
/// <param name="SourceIndex">N, the number in the file, which the evaluation cites as [N].</param>
/// <param name="Body">Evidence for the body text; null when the decision has a title only.</param>
public sealed record DecisionText(int SourceIndex, Evidence Title, Evidence? Body)
{
    /// <summary>Title and body as one text, as the references in 001 quote their opening.</summary>
    public string FullText => Body is null ? Title.Quote : Title.Quote + "   " + Body.Quote;
}
