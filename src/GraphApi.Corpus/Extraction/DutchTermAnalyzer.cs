using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// Lucene's <c>DutchAnalyzer</c> (4.8: standard tokens, lower case, Dutch stop words, stem overrides,
/// Snowball), built step by step so that the stemming is remembered per word (<see cref="RememberedStems"/>).
/// </summary>
internal sealed class DutchTermAnalyzer : Analyzer
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream result = new StandardFilter(Version, source);
        result = new LowerCaseFilter(Version, result);
        result = new StopFilter(Version, result, DutchAnalyzer.DefaultStopSet);
        return new TokenStreamComponents(source, new RememberedStems(result));
    }
}
