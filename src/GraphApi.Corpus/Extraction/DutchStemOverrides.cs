using System.Reflection;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Util;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// The stems Lucene's <c>DutchAnalyzer</c> sets instead of Snowball's, taken from an instance of it: it does
/// not expose them, and what it builds from its default dictionary is not what the dictionary says (in
/// 4.8.0-beta00017 "fiets" and "bromfiets" keep their stems, "ei" and "kind" are stemmed as usual), so only
/// its own map gives its terms. DutchTextTests holds the two analysers to the same terms.
/// </summary>
internal static class DutchStemOverrides
{
    public static StemmerOverrideFilter.StemmerOverrideMap Map { get; } =
        typeof(DutchAnalyzer).GetField("stemdict", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(new DutchAnalyzer(LuceneVersion.LUCENE_48))
            as StemmerOverrideFilter.StemmerOverrideMap
        ?? throw new InvalidOperationException("Lucene's DutchAnalyzer no longer keeps its stem overrides in 'stemdict'; DutchTermAnalyzer needs them.");
}
