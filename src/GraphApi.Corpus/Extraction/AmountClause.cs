namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Where one money expression stands: its own span, its sentence, and its clause — the part of the
/// sentence between the previous and the next money expression or a ';' or ':' — which is what the
/// expression's markers, recipient and subjects are read from.
/// </summary>
internal readonly record struct AmountClause(
    int Offset, int End, int SentenceStart, int SentenceEnd, int ClauseStart, int ClauseEnd)
{
    /// <summary>The clause up to the expression.</summary>
    public string Before(string text) => text[ClauseStart..Offset];

    /// <summary>The clause after the expression.</summary>
    public string After(string text) => text[End..ClauseEnd];
}
