using GraphApi.Corpus.Vocabulary;

namespace GraphApi.Corpus.Extraction;

/// <summary>A place in a text where a vocabulary term is named.</summary>
public sealed record TermMention(Term Term, int Offset, int Length);
