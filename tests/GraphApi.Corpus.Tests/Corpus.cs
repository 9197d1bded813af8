using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;

namespace GraphApi.Corpus.Tests;

/// <summary>The real corpus documents, read once for the tests that need them.</summary>
public static class Corpus
{
    public static SourceDocument Request { get; } = SourceDocument.Load(RepoPaths.Document("000"));
    public static SourceDocument Published { get; } = SourceDocument.Load(RepoPaths.Document("001"));

    public static EvaluationRequest ReadRequest() => EvaluationRequestReader.Read(Request, new Diagnostics());

    public static PublishedEvaluation ReadPublished() => PublishedEvaluationReader.Read(Published, new Diagnostics());
}
