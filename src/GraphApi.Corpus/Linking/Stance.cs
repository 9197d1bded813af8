using GraphApi.Graph;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// How a FULFILLS relationship stores its stance: <c>stance</c>, <c>stanceRule</c>, and for a
/// contradiction the decision's words that show it as <c>stanceQuote</c> and <c>stanceOffset</c>
/// (in the decision's document).
/// </summary>
public static class Stance
{
    public static void Set(Dictionary<string, object?> properties, StanceFinding finding)
    {
        properties["stance"] = finding.Stance;
        properties["stanceRule"] = finding.Rule;
        if (finding.Quote is null) return;
        properties["stanceQuote"] = finding.Quote.Quote;
        properties["stanceOffset"] = (long)finding.Quote.Offset;
    }
}
