using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>A titled part of the digital strategy: its heading and the paragraphs under it.</summary>
public interface IStrategyText
{
    /// <summary>The heading in one line, with known OCR damage repaired.</summary>
    string Title { get; }

    /// <summary>The paragraphs under the heading, separated by blank lines, with known OCR damage repaired.</summary>
    string Text { get; }

    /// <summary>The heading exactly as the document has it.</summary>
    Evidence Heading { get; }

    /// <summary>The paragraphs exactly as the document has them, without page footers.</summary>
    IReadOnlyList<Evidence> Body { get; }
}
