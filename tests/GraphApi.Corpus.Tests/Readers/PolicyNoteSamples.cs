using GraphApi.Corpus.Documents;
using GraphApi.Corpus.Readers;
using GraphApi.Graph;

namespace GraphApi.Corpus.Tests.Readers;

/// <summary>The real policy note (002) and the ways to look at what was read from it.</summary>
public static class PolicyNoteSamples
{
    public const string FileName = "002_32e7cd7bdbb21686.txt";

    public static SourceDocument Document() => SourceDocument.Load(Path.Combine(RepoPaths.Documents, FileName));

    /// <summary>The real text up to (not including) the first occurrence of <paramref name="marker"/>, shifted by <paramref name="extra"/> characters.</summary>
    public static SourceDocument CutAt(string marker, int extra = 0)
    {
        var text = Document().Text;
        return SourceDocument.FromText(FileName, text[..(text.IndexOf(marker, StringComparison.Ordinal) + extra)]);
    }

    public static IEnumerable<Evidence> AllEvidence(PolicyNote note) =>
        note.Fields.Select(f => f.Heading)
            .Concat(note.Objectives.SelectMany(o => new[] { o.Heading, o.TitleSource, o.Body }.OfType<Evidence>()))
            .Concat(note.Indicators.SelectMany(i => i.Rows.Select(r => r.Source)
                .Concat(i.References.Select(r => r.Source))
                .Concat(i.AgreementQuotes.Select(q => q.Source))
                .Concat(i.SectionHeading is null ? [] : [i.SectionHeading])))
            .Concat(note.Initiatives.SelectMany(i => i.Planning.Select(p => p.Source)
                .Concat(i.Entities.Select(e => e.Source))
                .Append(i.Heading)));
}
