using System.Text;
using System.Text.RegularExpressions;
using GraphApi.Graph;

namespace GraphApi.Corpus.Documents;

/// <summary>
/// One corpus file as text, with the means to turn a position into a line number or into
/// <see cref="Evidence"/> whose quote is exactly the text at that position.
/// </summary>
public sealed class SourceDocument
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly int[] _lineStarts;

    private SourceDocument(string fileName, string text)
    {
        FileName = fileName;
        Text = text;
        Number = fileName.Split('_', '.')[0];
        Id = "document:" + Number;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n') starts.Add(i + 1);
        _lineStarts = [.. starts];
    }

    /// <summary>The file name, e.g. <c>000_fdc1780f81fa2448.txt</c>.</summary>
    public string FileName { get; }

    /// <summary>The corpus number that prefixes the file name, e.g. <c>000</c>.</summary>
    public string Number { get; }

    /// <summary>The id of the document's node, e.g. <c>document:000</c>.</summary>
    public string Id { get; }

    public string Text { get; }

    public int LineCount => _lineStarts.Length;

    public static SourceDocument FromText(string fileName, string text) => new(fileName, text);

    /// <summary>Reads a file as strict UTF-8; an empty or mis-encoded file is a <see cref="CorpusFormatException"/>.</summary>
    public static SourceDocument Load(string path)
    {
        var fileName = Path.GetFileName(path);
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
            throw new CorpusFormatException(fileName, 1, "text, but the file is empty");
        try
        {
            return new SourceDocument(fileName, StrictUtf8.GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(Math.Max(e.Index, 0)).Count(b => b == (byte)'\n');
            throw new CorpusFormatException(fileName, line, $"UTF-8 text, but byte 0x{e.BytesUnknown?.FirstOrDefault():X2} is not valid UTF-8");
        }
    }

    /// <summary>The 1-based line number of a character offset.</summary>
    public int LineAt(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The offset where a 1-based line starts.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string Line(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] - 1 : Text.Length;
        return Text[start..end];
    }

    public Evidence Evidence(int offset, int length) => new(Id, offset, Text.Substring(offset, length));

    public Evidence Evidence(Capture capture) => Evidence(capture.Index, capture.Length);

    /// <summary>Evidence for a span, with surrounding white space left out of the quote.</summary>
    public Evidence TrimmedEvidence(int offset, int length)
    {
        var end = offset + length;
        while (offset < end && char.IsWhiteSpace(Text[offset])) offset++;
        while (end > offset && char.IsWhiteSpace(Text[end - 1])) end--;
        return Evidence(offset, end - offset);
    }
}
