using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Dutch words as comparable terms: Lucene's Dutch analyzer (stop words, Snowball stemming), after
/// joining words that typesetting split across a hyphen ("verza-melen" -> "verzamelen"). Equal terms
/// are mostly one shared string (<see cref="RememberedStems"/>).
/// </summary>
public static partial class DutchText
{
    private static readonly DutchTermAnalyzer Analyzer = new();

    public static IReadOnlyList<string> Terms(string text)
    {
        var terms = new List<string>();
        using var stream = Analyzer.GetTokenStream("text", new StringReader(Dehyphenate(text)));
        var stems = (RememberedStems)stream;
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(stems.Stem);
        stream.End();
        return terms;
    }

    /// <summary>Only lower case on both sides: "ICT-diensten" is a real compound and stays.</summary>
    public static string Dehyphenate(string text) => SplitWord().Replace(text, "$1$2");

    [GeneratedRegex(@"(\p{Ll})-(\p{Ll})")]
    private static partial Regex SplitWord();
}
