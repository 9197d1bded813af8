using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// Hands tokens analysed earlier to the index writer, so that each text goes through the (slow,
/// Snowball-stemming) Dutch analyser once at construction instead of twice. Positions are not
/// replayed: the queries are single terms, never phrases.
/// </summary>
internal sealed class TokenReplay : TokenStream
{
    private readonly IReadOnlyList<Token> _tokens;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly int _textLength;
    private int _next;

    public TokenReplay(AnalysedText text)
    {
        _tokens = text.Tokens;
        _textLength = text.Text.Length;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (_next == _tokens.Count) return false;
        ClearAttributes();
        var token = _tokens[_next++];
        _term.SetEmpty().Append(token.Stem);
        _offset.SetOffset(token.Start, token.Start + token.Length);
        return true;
    }

    public override void End()
    {
        base.End();
        _offset.SetOffset(_textLength, _textLength);
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }
}
