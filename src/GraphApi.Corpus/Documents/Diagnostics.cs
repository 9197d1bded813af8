namespace GraphApi.Corpus.Documents;

/// <summary>Collects the warnings and errors of one ingest, in the order they are found.</summary>
public sealed class Diagnostics
{
    private readonly List<Diagnostic> _all = [];

    public IReadOnlyList<Diagnostic> All => _all;

    public void Warn(SourceDocument document, int offset, string message) =>
        _all.Add(new Diagnostic(Severity.Warning, document.FileName, document.LineAt(offset), message));

    public void Warn(string file, int line, string message) =>
        _all.Add(new Diagnostic(Severity.Warning, file, line, message));

    public void Error(CorpusFormatException error) =>
        _all.Add(new Diagnostic(Severity.Error, error.File, error.Line, "expected " + error.Expected));
}
