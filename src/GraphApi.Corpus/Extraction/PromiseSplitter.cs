using System.Text.RegularExpressions;
using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Splits a clause into its promises: one per sentence, and a sentence in two where a colon or
/// semicolon joins two commitments ("[We stellen data maximaal en via API's open ter beschikking]:
/// de ontwikkeling van toepassingen en apps laten we over aan de private markt"). Splitting on
/// "en" is not done: it joins the parts of one commitment far more often than two commitments.
/// </summary>
public static partial class PromiseSplitter
{
    public static IReadOnlyList<PromiseText> Split(SourceDocument document, ClauseText clause)
    {
        var promises = new List<PromiseText>();
        foreach (var (start, length) in SentenceSplitter.Split(document.Text, clause.Body.Offset, clause.Body.Quote.Length))
        {
            var partStart = start;
            foreach (Match joint in Joint().Matches(document.Text[..(start + length)], start))
            {
                promises.Add(new PromiseText(promises.Count + 1, document.TrimmedEvidence(partStart, joint.Index - partStart)));
                partStart = joint.Index + joint.Length;
            }
            promises.Add(new PromiseText(promises.Count + 1, document.TrimmedEvidence(partStart, start + length - partStart)));
        }
        return promises;
    }

    [GeneratedRegex(@"[:;]\s+(?=\p{Ll})")]
    private static partial Regex Joint();
}
