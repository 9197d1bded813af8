using System.Text;

namespace GraphApi.Bench.Generator;

/// <summary>
/// Extends the evaluation with paragraphs citing the synthetic decisions: in 000 as <c>[n]</c> in
/// 000's numbering, in 001 the same sentences as <c>\[m\]</c> renumbered by first citation, with a
/// <c>Referenties</c> entry (Themis URI, date, opening words) for each cited decision.
/// </summary>
public sealed class EvaluationWriter(Draw draw)
{
    /// <summary>In the real evaluation 35 of 59 decisions are cited.</summary>
    public const double CitedShare = 0.6;

    private static readonly string[] Openers =
    [
        "Daarnaast keurde de regering bijkomende initiatieven goed", "Ook werden middelen vrijgemaakt voor de verdere digitalisering",
        "Verder werd ingezet op gegevensdeling en hergebruik van bouwstenen", "Bijkomende stappen werden gezet in de regelgeving",
        "De ondersteuning van lokale besturen werd voortgezet", "In diverse sectoren werd de digitale transformatie versterkt",
    ];

    public sealed record Result(string RequestParagraphs, string PublishedParagraphs, string References, int Cited);

    /// <summary><paramref name="decisions"/> are numbered from <paramref name="firstIndex"/> in 000; published numbers continue from <paramref name="firstReference"/>.</summary>
    public Result Write(IReadOnlyList<SyntheticDecision> decisions, int firstIndex, int firstReference)
    {
        var cited = Enumerable.Range(0, decisions.Count).Where(_ => draw.Chance(CitedShare)).ToList();
        var request = new StringBuilder();
        var published = new StringBuilder();
        var references = new StringBuilder();
        var next = firstReference;
        var position = 0;
        while (position < cited.Count)
        {
            for (var sentence = 0; sentence < 5 && position < cited.Count; sentence++)
            {
                var group = cited.Skip(position).Take(draw.Between(1, 3)).ToList();
                position += group.Count;
                var opener = draw.One(Openers);
                request.Append(opener).Append(' ').Append(string.Concat(group.Select(i => $"[{firstIndex + i}]"))).Append(". ");
                published.Append(opener).Append(' ');
                foreach (var i in group)
                {
                    published.Append($"\\[{next}\\]");
                    references.Append($"**[\\[{next}\\]](http://themis.vlaanderen.be/id/nieuwsbrief-info/{draw.Hex(24)})** : **({decisions[i].Date:yyyy-MM-dd})** {DecisionFactory.Opening(decisions[i])}... \n\n");
                    next++;
                }
                published.Append(". ");
            }
            request.Length--;
            published.Length--;
            request.Append("\n\n");
            published.Append("\n\n");
        }
        return new Result(request.ToString(), published.ToString(), references.ToString(), cited.Count);
    }
}
