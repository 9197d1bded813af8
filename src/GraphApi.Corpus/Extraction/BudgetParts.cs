namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Splits of a budget within one sentence: “in totaal 15 miljoen euro : 5 miljoen euro …; 4,21 miljoen
/// euro …; en 5,79 miljoen euro …”, or “een budget van 2,4M euro …, 1760K euro in 2021 en 640K euro in
/// 2022”. A total and its parts are linked only when the arithmetic proves it — the amounts right after
/// it add up to exactly the total — so that a roll-up never counts the same money twice and a
/// coincidental list of amounts is never taken for a split. The proof is what matters, so the total
/// need not be marked “in totaal”; it does need at least two parts, since one equal amount is a
/// repetition, not a split.
/// </summary>
public static class BudgetParts
{
    /// <param name="sentence">The mentions of one sentence, in text order.</param>
    /// <returns>The first mention whose following mentions sum exactly to it, with those parts; else null.</returns>
    public static (MoneyMention Total, IReadOnlyList<MoneyMention> Parts)? Of(IReadOnlyList<MoneyMention> sentence)
    {
        if (sentence.Select(m => m.SentenceOffset).Distinct().Count() > 1)
            throw new ArgumentException("Budget parts are read within one sentence; these mentions come from several.", nameof(sentence));
        for (var i = 0; i < sentence.Count; i++)
        {
            if (!IsAddable(sentence[i])) continue;
            var total = sentence[i].Amount.Euros!.Value;
            var sum = 0m;
            for (var j = i + 1; j < sentence.Count && IsAddable(sentence[j]) && sum < total; j++)
            {
                sum += sentence[j].Amount.Euros!.Value;
                if (sum == total && j - i >= 2) return (sentence[i], sentence.Skip(i + 1).Take(j - i).ToList());
            }
        }
        return null;
    }

    /// <summary>An unreadable amount has no value to add, and an amount per project is not a share of the whole.</summary>
    private static bool IsAddable(MoneyMention mention) => mention.Amount.IsReadable && mention.PerUnit is null;
}
