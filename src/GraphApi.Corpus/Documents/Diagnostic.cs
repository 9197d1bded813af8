namespace GraphApi.Corpus.Documents;

public enum Severity { Warning, Error }

/// <summary>Something the ingest noticed and could not fully use, with where it was found.</summary>
public sealed record Diagnostic(Severity Severity, string File, int Line, string Message)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {File}:{Line}: {Message}";
}
