using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>Words of the coalition agreement an indicator quotes ("in lijn met regeerakkoord: <i>'...'</i>").</summary>
public sealed record AgreementQuote(string Text, Evidence Source);
