using GraphApi.Corpus.Extraction;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GraphApi.Corpus.Tests.Extraction;

/// <summary>DutchText remembers stems per word; its terms must stay those of Lucene's own Dutch analyser.</summary>
public class DutchTextTests
{
    private static readonly DutchAnalyzer Lucene = new(LuceneVersion.LUCENE_48);

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Gives_the_terms_of_Lucenes_Dutch_analyser_for_every_corpus_document(string number)
    {
        var text = File.ReadAllText(RepoPaths.Document(number));
        Assert.Equal(LuceneTerms(DutchText.Dehyphenate(text)), DutchText.Terms(text));
    }

    [Fact]
    public void Keeps_the_analysers_stem_overrides_and_gives_them_again_from_memory()
    {
        const string text = "De fiets, de bromfiets, het ei en het kind; fietsen, eieren en kinderen. Fiets EI Kind";
        Assert.Equal(LuceneTerms(text), DutchText.Terms(text));
        Assert.Equal(LuceneTerms(text), DutchText.Terms(text));
    }

    private static List<string> LuceneTerms(string text)
    {
        var terms = new List<string>();
        using var stream = Lucene.GetTokenStream("text", new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) terms.Add(term.ToString());
        stream.End();
        return terms;
    }
}
