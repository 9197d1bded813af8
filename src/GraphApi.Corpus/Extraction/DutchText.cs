using System.Text.RegularExpressions;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Dutch words as comparable terms: Lucene's Dutch analyzer (stop words, Snowball stemming), after
/// joining words that typesetting split across a hyphen ("verza-melen" -> "verzamelen").
/// </summary>
public static partial class DutchText
{
    private static readonly DutchAnalyzer Analyzer = new(LuceneVersion.LUCENE_48);

    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", new StringReader(Dehyphenate(text)));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }

    /// <summary>Only lower case on both sides: "ICT-diensten" is a real compound and stays.</summary>
    public static string Dehyphenate(string text) => SplitWord().Replace(text, "$1$2");

    [GeneratedRegex(@"(\p{Ll})-(\p{Ll})")]
    private static partial Regex SplitWord();
}
