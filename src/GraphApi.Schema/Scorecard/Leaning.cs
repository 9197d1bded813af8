using System.Globalization;
using GraphApi.Graph;

namespace GraphApi.Schema.Scorecard;

/// <summary>
/// Which way a FULFILLS link points and how directly, as the ingest stored it: the stance
/// (<see cref="FulfilStance"/>), the rule that found it, the decision's words that show a
/// contradiction or an editor's verdict, the editor's reason, and the strength (<see cref="FulfilStrength"/>).
/// A link stored before stances existed counts as direct support.
/// </summary>
public sealed record Leaning(string Stance, string Rule, Evidence? Quote, string? Reason, string Strength)
{
    public bool Against => Stance == FulfilStance.Contradicts;

    public bool Direct => Strength == FulfilStrength.Direct;

    public static Leaning Of(Relationship fulfils, Node decision)
    {
        var quote = fulfils.Get<string>("stanceQuote");
        var offset = fulfils.Properties.GetValueOrDefault("stanceOffset");
        return new Leaning(
            fulfils.Get<string>("stance") ?? FulfilStance.Supports,
            fulfils.Get<string>("stanceRule") ?? "noContradiction",
            quote is null || offset is null || decision.Sources.Count == 0 ? null : new Evidence(decision.Sources[0].Document, (int)Convert.ToInt64(offset, CultureInfo.InvariantCulture), quote),
            fulfils.Get<string>("stanceReason"),
            fulfils.Get<string>("strength") ?? FulfilStrength.Direct);
    }
}
