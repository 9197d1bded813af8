using GraphApi.Corpus.Documents;
using GraphApi.Graph;

namespace GraphApi.Corpus;

/// <summary>The graph built from the corpus, and everything the ingest could not fully use.</summary>
public sealed record IngestResult(KnowledgeGraph Graph, IReadOnlyList<Diagnostic> Diagnostics);
