namespace GraphApi.Corpus.Extraction;

/// <summary>
/// One money expression found in a text, with what its sentence says about it. Offsets are into the
/// string the extractor was given, so they stay valid when only a slice of a document was searched.
/// </summary>
/// <param name="Offset">Where the expression starts.</param>
/// <param name="Length">The expression's length; <see cref="EuroAmount.Quote"/> is exactly that text.</param>
/// <param name="Amount">The amount in euro, or why the expression cannot be read.</param>
/// <param name="Years">The years it applies to, ascending; empty when the text states none.</param>
/// <param name="IsAnnual">Paid every year (“jaarlijks”, “twee maal … voor 2021 en 2022”, “per jaar”).</param>
/// <param name="IsCap">An upper limit (“maximaal”, “max.”, “een maximum van”).</param>
/// <param name="PerUnit">What it is given per (“per project” -> project), or null.</param>
/// <param name="IsTotal">Described as a total (“in totaal”, “een totaal budget van”).</param>
/// <param name="SentenceOffset">Where the sentence containing the expression starts.</param>
/// <param name="SentenceLength">The length of that sentence.</param>
/// <param name="Recipient">The known organisation or project its clause gives it to, or null.</param>
/// <param name="RecipientText">The recipient phrase when the vocabulary does not know it, for a warning; else null.</param>
/// <param name="Subjects">The programmes and building blocks its clause names, e.g. VRD 1 in “5 miljoen euro voor de exploitatie van VRD 1-oplossingen”.</param>
public sealed record MoneyMention(
    int Offset,
    int Length,
    EuroAmount Amount,
    IReadOnlyList<int> Years,
    bool IsAnnual,
    bool IsCap,
    string? PerUnit,
    bool IsTotal,
    int SentenceOffset,
    int SentenceLength,
    TermMention? Recipient,
    string? RecipientText,
    IReadOnlyList<TermMention> Subjects);
