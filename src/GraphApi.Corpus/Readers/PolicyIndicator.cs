using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// A prestatie-indicator: the values of its table as plain text, <c>null</c> where the table has no
/// such row. <see cref="Section"/> is the sub-section it stands under ("3.1.2. Athumi"), or the ISE
/// heading when the indicators are not divided further.
/// </summary>
public sealed record PolicyIndicator(
    string Field,
    string? Section,
    Evidence? SectionHeading,
    string Name,
    string? Definition,
    string? LastKnownValue,
    string? TargetValue,
    string? Relevance,
    string? BudgetRelevance,
    IReadOnlyList<IndicatorRow> Rows,
    IReadOnlyList<ObjectiveReference> References,
    IReadOnlyList<AgreementQuote> AgreementQuotes)
{
    /// <summary>The Benaming row, whose value names the indicator.</summary>
    public Evidence NameSource => Rows[0].Source;
}
