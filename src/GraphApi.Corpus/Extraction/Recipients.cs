using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Who receives a money expression, when its own clause says so after the amount: “… euro toekennen
/// aan de Vlaamse ICT Organisatie vzw”, “… euro subsidie toe aan de VVSG”, “… euro naar het Agentschap
/// Integratie en Inburgering”, “… euro aan imec”. Only the clause after the amount is read, because
/// the words before it (“goedkeuring aan de contouren”) name other things.
/// </summary>
internal static partial class Recipients
{
    /// <returns>
    /// The recognised term that the recipient phrase starts with; otherwise the phrase itself, so the
    /// caller can warn about a name the vocabulary lacks. Both null when the clause names no recipient.
    /// </returns>
    public static (TermMention? Term, string? Text) Find(string text, AmountClause clause, IReadOnlyList<TermMention> terms)
    {
        var length = clause.ClauseEnd - clause.End;
        var cue = RightAfter().Match(text, clause.End, length);
        if (!cue.Success) cue = Granted().Match(text, clause.End, length);
        if (!cue.Success) return (null, null);

        var start = cue.Index + cue.Length;
        var article = Article().Match(text, start, clause.ClauseEnd - start);
        if (article.Success) start += article.Length;
        var term = terms.FirstOrDefault(t => t.Offset == start);
        if (term is not null) return (term, null);

        var stop = PhraseEnd().Match(text, start, clause.ClauseEnd - start);
        var phrase = TrailingConjunction().Replace(text[start..(stop.Success ? stop.Index : clause.ClauseEnd)].Trim(), "");
        return phrase.Length > 0 ? (null, phrase) : (null, null);
    }

    /// <summary>“1,4 miljoen euro aan imec”, “659.000 euro naar het Agentschap …”, with at most one word between.</summary>
    [GeneratedRegex(@"\G\s*(?:\p{L}+\s+)?(?:aan|naar)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex RightAfter();

    /// <summary>A verb of granting later in the clause: “toe aan”, “toekennen aan”, “toe te kennen aan”, “toegewezen aan”.</summary>
    [GeneratedRegex(@"\b(?:toe(?:\s+te)?(?:\s+(?:kennen|wijzen))?|toekennen|toewijzen|toekent|toewijst|toegekend|toegewezen)\s+aan\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Granted();

    [GeneratedRegex(@"\G(?:de|het)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Article();

    /// <summary>A name ends at punctuation, the sentence's end, or a word that starts what follows it (“aan imec voor Mediawijs”).</summary>
    [GeneratedRegex(@"[,;:()]|[.!?](?=\s|\z)|\s(?:voor|in|om|met|uit|die|dat|ter|vanuit|binnen|tot|op|via|bij)\s", RegexOptions.IgnoreCase)]
    private static partial Regex PhraseEnd();

    [GeneratedRegex(@"\s+(?:en|of)\z", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingConjunction();
}
