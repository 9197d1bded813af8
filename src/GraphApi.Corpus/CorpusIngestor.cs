using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Extraction;
using GraphApi.Corpus.Linking;
using GraphApi.Corpus.Readers;
using GraphApi.Corpus.Vocabulary;
using GraphApi.Graph;

namespace GraphApi.Corpus;

/// <summary>
/// Builds the graph from a seeds folder (<c>documents/</c>, <c>vocabulary/</c>, <c>links/</c>). A
/// document that cannot be read is reported with file and line and left out; the others still load.
/// </summary>
public static class CorpusIngestor
{
    public const string CuratedLinksFile = "curated.yaml";

    public static IngestResult Ingest(string seedsFolder)
    {
        var diagnostics = new Diagnostics();
        var terms = TermList.Load(Path.Combine(seedsFolder, "vocabulary"));
        var mentions = new TextMentions(new TermMatcher(terms.Terms), terms);
        var graph = new GraphBuilder();
        var documents = LoadDocuments(Path.Combine(seedsFolder, "documents"), diagnostics);
        foreach (var (kind, document) in documents) DocumentNodes.AddTo(graph, document, kind);

        var request = Read(documents, DocumentKind.EvaluationRequest, diagnostics, d => EvaluationRequestReader.Read(d, diagnostics));
        IReadOnlyList<PromiseText> promises = [];
        if (request is not null)
        {
            var source = documents[DocumentKind.EvaluationRequest];
            promises = PromiseSplitter.Split(source, request.Clause);
            AgreementGraph.AddTo(graph, source, request.Clause, promises, diagnostics);
            DecisionGraph.AddTo(graph, source, request.Decisions, mentions, terms, diagnostics);
            EvaluationGraph.AddTo(graph, source, request, mentions.Matcher, terms);
            // The citation check's term sets of every decision die here; collected now, the phases after reuse their
            // memory instead of growing the heap on top of them (scale 1000: the API peaked at 1.21-1.31 GB without, 1.21 GB with).
            GC.Collect();
            var dates = AddReferences(graph, documents, request, diagnostics);
            TrackGraph.AddTo(graph, source, TrackFinder.Find(request.Decisions, dates));
            PromiseGraph.AddTo(graph, source.Number, request.Clause.Number,
                new PromiseMatcher(mentions.Matcher, terms).Score(source, promises, request.Decisions));
        }

        var note = Read(documents, DocumentKind.PolicyNote, diagnostics, d => PolicyNoteReader.Read(d, diagnostics));
        if (note is not null) PolicyNoteGraph.AddTo(graph, note, mentions.Matcher, documents[DocumentKind.PolicyNote], diagnostics);
        if (note is not null && request is not null)
            ContinuityGraph.AddTo(graph, request.Clause.Number,
                new ContinuityMatcher(new NamedTerms(mentions.Matcher, terms)).Score(promises, note, documents[DocumentKind.PolicyNote]));

        var question = Read(documents, DocumentKind.ParliamentaryQuestion, diagnostics, d => ParliamentaryQuestionReader.Read(d, diagnostics));
        if (question is not null) QuestionGraph.AddTo(graph, documents[DocumentKind.ParliamentaryQuestion], question, mentions, terms, diagnostics);

        var strategy = Read(documents, DocumentKind.DigitalStrategy, diagnostics, d => DigitalStrategyReader.Read(d, diagnostics));
        if (strategy is not null) DigitalStrategyGraph.AddTo(graph, strategy, mentions, documents[DocumentKind.DigitalStrategy]);

        ApplyCuratedLinks(graph, Path.Combine(seedsFolder, "links", CuratedLinksFile), documents.Values, new StanceDetector(mentions.Matcher, terms), diagnostics);
        // What reading and linking made (document texts, extraction, scores) is garbage from here on; collected
        // now, the graph is built in its place instead of on top of it (scale 1000: the load's peak, 1.54 GB, was here).
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return new IngestResult(graph.Build(), diagnostics.All);
    }

    private static Dictionary<int, DateOnly?> AddReferences(GraphBuilder graph, Dictionary<string, SourceDocument> documents, EvaluationRequest request, Diagnostics diagnostics)
    {
        var published = Read(documents, DocumentKind.PublishedEvaluation, diagnostics, d => PublishedEvaluationReader.Read(d, diagnostics));
        if (published is null) return [];
        var aligned = ReferenceAligner.Align(request, published, documents[DocumentKind.PublishedEvaluation], diagnostics);
        ReferenceGraph.AddTo(graph, documents[DocumentKind.EvaluationRequest].Number, aligned);
        return aligned.ToDictionary(a => a.Value.SourceIndex, a => a.Key.Date);
    }

    private static void ApplyCuratedLinks(GraphBuilder graph, string path, IEnumerable<SourceDocument> documents, StanceDetector stances, Diagnostics diagnostics)
    {
        if (!File.Exists(path)) return;
        try
        {
            var links = CuratedLinkReader.Read(CuratedLinksFile, File.ReadAllText(path), diagnostics);
            CuratedGraph.AddTo(graph, CuratedLinksFile, links, documents.ToDictionary(d => d.Id), stances, diagnostics);
        }
        catch (CorpusFormatException e)
        {
            diagnostics.Error(e);
        }
    }

    private static T? Read<T>(Dictionary<string, SourceDocument> documents, string kind, Diagnostics diagnostics, Func<SourceDocument, T> read) where T : class
    {
        if (!documents.TryGetValue(kind, out var document)) return null;
        try
        {
            return read(document);
        }
        catch (CorpusFormatException e)
        {
            diagnostics.Error(e);
            return null;
        }
    }

    private static Dictionary<string, SourceDocument> LoadDocuments(string folder, Diagnostics diagnostics)
    {
        var documents = new Dictionary<string, SourceDocument>();
        if (!Directory.Exists(folder))
        {
            diagnostics.Warn(folder, 0, "expected a folder of corpus documents here; none is read");
            return documents;
        }
        foreach (var path in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            var fileName = Path.GetFileName(path);
            var number = fileName.Split('_', '.')[0];
            if (!DocumentKind.ByNumber.TryGetValue(number, out var kind))
            {
                diagnostics.Error(new CorpusFormatException(fileName, 1,
                    $"a known corpus document ({string.Join(", ", DocumentKind.ByNumber.Keys.Select(k => k + "_*.txt"))}); this one is not read"));
                continue;
            }
            if (documents.ContainsKey(kind))
            {
                diagnostics.Error(new CorpusFormatException(fileName, 1, $"one {number}_*.txt document, but {documents[kind].FileName} is already read; this one is not"));
                continue;
            }
            try
            {
                documents[kind] = SourceDocument.Load(path);
            }
            catch (CorpusFormatException e)
            {
                diagnostics.Error(e);
            }
        }
        return documents;
    }
}
