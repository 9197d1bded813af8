using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>A clause of the coalition agreement as the evaluation request quotes it.</summary>
/// <param name="Number">The section number, e.g. 3.2.3.</param>
/// <param name="Title">The heading words before the first sentence.</param>
/// <param name="Heading">Evidence for number and title.</param>
/// <param name="Body">Evidence for the clause text after the heading.</param>
public sealed record ClauseText(string Number, string Title, Evidence Heading, Evidence Body);
