using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Vocabulary;

namespace GraphApi.Corpus.Linking;

/// <summary>
/// The ids of the vocabulary terms a text names, each with the programmes it is part of: a text
/// naming "Vlaanderen Radicaal Digitaal 2" names "Vlaanderen Radicaal Digitaal" too.
/// </summary>
public sealed class NamedTerms(TermMatcher terms, TermList vocabulary)
{
    public HashSet<string> In(string text, int start = 0, int length = -1) =>
        terms.Find(text, start, length).SelectMany(m => WithAncestors(m.Term)).Select(t => t.Id).ToHashSet();

    private IEnumerable<Term> WithAncestors(Term term)
    {
        for (Term? current = term; current is not null; current = current.Parent is null ? null : vocabulary.ByName(current.Parent))
            yield return current;
    }
}
