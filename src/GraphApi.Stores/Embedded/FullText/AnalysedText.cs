using GraphApi.Graph;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>A word as the analyser saw it: its stem and where it stands in the text.</summary>
internal readonly record struct Token(string Stem, int Start, int Length);

/// <summary>
/// One text value of a node (a list property gives one per element), with its tokens analysed once at
/// construction, so that choosing a hit's property and highlighting its snippet needs no analysis per query.
/// </summary>
internal sealed record AnalysedText(string Property, float Boost, string Text, IReadOnlyList<Token> Tokens)
{
    /// <summary>The node's searchable texts, in <see cref="SearchFields"/> order; stems from <paramref name="stems"/> when given.</summary>
    public static IReadOnlyList<AnalysedText> Of(Node node, Analyzer analyzer, StringPool? stems = null)
    {
        var texts = new List<AnalysedText>();
        foreach (var (property, boost) in SearchFields.All)
        {
            switch (node.Properties.GetValueOrDefault(property))
            {
                case string text:
                    Add(texts, property, boost, text, analyzer, stems);
                    break;
                case IEnumerable<string> list:
                    foreach (var text in list) Add(texts, property, boost, text, analyzer, stems);
                    break;
            }
        }
        return texts;
    }

    /// <summary>
    /// The tokens of a text as the index sees them: lowercased, stop words removed, stemmed. An index
    /// keeps the tokens of every node, so it passes a pool: a corpus has few distinct stems, each
    /// repeated up to hundreds of thousands of times.
    /// </summary>
    public static List<Token> Tokenise(string text, Analyzer analyzer, StringPool? stems = null)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var stem = stems is null ? term.ToString() : stems.Get(term.Buffer.AsSpan(0, term.Length));
            tokens.Add(new Token(stem, offset.StartOffset, offset.EndOffset - offset.StartOffset));
        }
        stream.End();
        return tokens;
    }

    private static void Add(List<AnalysedText> texts, string property, float boost, string text, Analyzer analyzer, StringPool? stems)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        texts.Add(new AnalysedText(property, boost, text, Tokenise(text, analyzer, stems).ToArray()));
    }
}
