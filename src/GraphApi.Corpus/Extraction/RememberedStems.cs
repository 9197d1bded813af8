using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Tartarus.Snowball.Ext;
using Lucene.Net.Util;

namespace GraphApi.Corpus.Extraction;

/// <summary>
/// The last two steps of Lucene's Dutch analyser (its stem overrides, then Snowball stemming), done once
/// per distinct word: the stem of a word depends on nothing else, and at scale 1000 the same few tens of
/// thousands of words are stemmed millions of times. Each word's stem is handed out as one shared string,
/// so term sets built from it share their strings too. Up to <see cref="Capacity"/> words are remembered;
/// later ones are stemmed each time, which keeps a long-lived analyser from growing without end.
/// </summary>
internal sealed class RememberedStems : TokenFilter
{
    public const int Capacity = 1 << 18;

    private readonly ICharTermAttribute _term;
    private readonly OneToken _current;
    private readonly TokenStream _stemming;
    private readonly Dictionary<string, string> _stems = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _byWord;

    public RememberedStems(TokenStream input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        // The stemming steps work on this filter's own attributes, fed the current token only when it is new.
        _current = new OneToken(this);
        _stemming = new SnowballFilter(new StemmerOverrideFilter(_current, DutchStemOverrides.Map), new DutchStemmer());
        _byWord = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The current token's stem, as a string (the term attribute holds it too).</summary>
    public string Stem { get; private set; } = "";

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken()) return false;
        if (_byWord.TryGetValue(_term.Buffer.AsSpan(0, _term.Length), out var stem))
        {
            Stem = stem;
            _term.SetEmpty().Append(stem);
            return true;
        }
        var word = _term.ToString();
        _current.Arm();
        _stemming.IncrementToken();
        Stem = _term.ToString();
        if (_stems.Count < Capacity) _stems[word] = Stem;
        return true;
    }

    /// <summary>Passes the token already in the attributes on, once per <see cref="Arm"/>.</summary>
    private sealed class OneToken(AttributeSource attributes) : TokenStream(attributes)
    {
        private bool _armed;

        public void Arm() => _armed = true;

        public override bool IncrementToken()
        {
            var armed = _armed;
            _armed = false;
            return armed;
        }
    }
}
