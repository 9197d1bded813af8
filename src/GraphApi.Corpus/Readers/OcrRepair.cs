using System.Text.RegularExpressions;

namespace GraphApi.Corpus.Readers;

/// <summary>Undoes the letter confusions the OCR of the strategy PDF makes, for the text that is stored (never for evidence).</summary>
internal static partial class OcrRepair
{
    public static string Apply(string text)
    {
        // The OCR reads a capital I as l: no Dutch word starts with "ld" or "VIa".
        text = Ledereen().Replace(text, "Iedereen");
        text = Vlaams().Replace(text, "Vl");
        // Capital "Al" as a word is always AI in this document: the Dutch word "al" is never capitalised
        // in it, not even at the start of a sentence.
        text = ArtificialIntelligence().Replace(text, "AI");
        // The diaeresis comes out as an acute accent (technologieén, creéren).
        return Diaeresis().Replace(text, "$1ë");
    }

    [GeneratedRegex(@"\bledereen\b")]
    private static partial Regex Ledereen();

    [GeneratedRegex(@"\bVI(?=[a-z])")]
    private static partial Regex Vlaams();

    [GeneratedRegex(@"\bAl\b")]
    private static partial Regex ArtificialIntelligence();

    [GeneratedRegex(@"([ie])é")]
    private static partial Regex Diaeresis();
}
