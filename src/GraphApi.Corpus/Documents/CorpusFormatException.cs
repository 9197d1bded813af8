namespace GraphApi.Corpus.Documents;

/// <summary>A document that cannot be read: names the file, the line and what was expected there.</summary>
public sealed class CorpusFormatException(string file, int line, string expected)
    : Exception($"{file}:{line}: expected {expected}")
{
    public string File { get; } = file;
    public int Line { get; } = line;
    public string Expected { get; } = expected;
}
