using System.Text;
using System.Text.RegularExpressions;

namespace GraphApi.Bench.Generator;

/// <summary>
/// Grows the seeds corpus by a scale factor K: 000 keeps its clause and its 59 real decisions and
/// gains 59·(K−1) synthetic ones after them, with evaluation paragraphs citing about 60% of them;
/// 001 gains the same citations renumbered and a reference for each. The policy note (002), the
/// parliamentary question (003) and the digital strategy (004) stay as they are: they describe one
/// government, not one decision each. Vocabulary and curated links are copied, so that
/// <c>CorpusIngestor.Ingest(folder)</c> reads the result like the seeds.
/// </summary>
public static partial class CorpusGenerator
{
    public const int RealDecisions = 59;

    public sealed record Summary(int Decisions, int References, long Bytes);

    public static Summary Generate(GeneratorOptions options)
    {
        GeneratorOptions.Validate(options);
        var documents = Path.Combine(options.SeedsFolder, "documents");
        var request = ReadSeed(documents, "000_");
        var published = ReadSeed(documents, "001_");
        var draw = new Draw(options.Seed);
        var vocabulary = SeedVocabulary.Load(Path.Combine(options.SeedsFolder, "vocabulary"));
        var decisions = new DecisionFactory(draw, vocabulary).Create(RealDecisions * (options.Scale - 1));
        var realReferences = ReferenceCount().Matches(published.Text).Count;
        var evaluation = new EvaluationWriter(draw).Write(decisions, RealDecisions, realReferences);

        var output = Directory.CreateDirectory(Path.Combine(options.OutputFolder, "documents")).FullName;
        long bytes = 0;
        bytes += Write(Path.Combine(output, request.FileName), GrowRequest(request, decisions, evaluation));
        bytes += Write(Path.Combine(output, published.FileName), GrowPublished(published, evaluation));
        foreach (var path in Directory.GetFiles(documents).Where(p => !p.EndsWith(request.FileName) && !p.EndsWith(published.FileName)))
        {
            File.Copy(path, Path.Combine(output, Path.GetFileName(path)));
            bytes += new FileInfo(path).Length;
        }
        foreach (var folder in new[] { "vocabulary", "links" })
        {
            var target = Directory.CreateDirectory(Path.Combine(options.OutputFolder, folder)).FullName;
            foreach (var path in Directory.GetFiles(Path.Combine(options.SeedsFolder, folder)))
                File.Copy(path, Path.Combine(target, Path.GetFileName(path)));
        }
        return new Summary(RealDecisions + decisions.Count, realReferences + evaluation.Cited, bytes);
    }

    private sealed record Seed(string FileName, string Text);

    private static Seed ReadSeed(string folder, string prefix)
    {
        var path = Directory.GetFiles(folder, prefix + "*.txt").SingleOrDefault()
            ?? throw new GeneratorException($"'{folder}' has no single {prefix}*.txt document to grow.");
        return new Seed(Path.GetFileName(path), File.ReadAllText(path));
    }

    private static string GrowRequest(Seed request, IReadOnlyList<SyntheticDecision> decisions, EvaluationWriter.Result evaluation)
    {
        var last = DecisionLine().Matches(request.Text).LastOrDefault()
            ?? throw new GeneratorException($"{request.FileName} has no decision lines 'n - title   text' to add to.");
        if (int.Parse(last.Groups["n"].Value) != RealDecisions - 1)
            throw new GeneratorException($"{request.FileName}: expected the last decision to be {RealDecisions - 1}, found {last.Groups["n"].Value}.");
        var insertAt = last.Index + last.Length;
        var text = new StringBuilder(request.Text.Length + decisions.Count * 1200);
        text.Append(request.Text, 0, insertAt);
        for (var i = 0; i < decisions.Count; i++)
            text.Append('\n').Append(RealDecisions + i).Append(" - ").Append(decisions[i].Line);
        text.Append(request.Text, insertAt, request.Text.Length - insertAt);
        if (evaluation.RequestParagraphs.Length > 0)
            text.Append(evaluation.RequestParagraphs.TrimEnd()).Append('\n');
        return text.ToString();
    }

    private static string GrowPublished(Seed published, EvaluationWriter.Result evaluation)
    {
        if (evaluation.Cited == 0) return published.Text;
        var referencesBlock = published.Text.LastIndexOf("<details>", StringComparison.Ordinal);
        var referencesEnd = published.Text.LastIndexOf("</details>", StringComparison.Ordinal);
        if (referencesBlock < 0 || referencesEnd < referencesBlock)
            throw new GeneratorException($"{published.FileName} has no <details> block with the Referenties to add to.");
        var endLine = published.Text.LastIndexOf('\n', referencesEnd) + 1;
        return new StringBuilder(published.Text.Length + evaluation.References.Length + evaluation.PublishedParagraphs.Length)
            .Append(published.Text, 0, referencesBlock)
            .Append(evaluation.PublishedParagraphs)
            .Append(published.Text, referencesBlock, endLine - referencesBlock)
            .Append('\n').Append(evaluation.References)
            .Append(published.Text, endLine, published.Text.Length - endLine)
            .ToString();
    }

    private static long Write(string path, string text)
    {
        var bytes = new UTF8Encoding(false).GetBytes(text);
        File.WriteAllBytes(path, bytes);
        return bytes.Length;
    }

    [GeneratedRegex(@"^(?<n>\d+) - [^\n]*", RegexOptions.Multiline)]
    private static partial Regex DecisionLine();

    [GeneratedRegex(@"\*\*\[\\\[\d+\\\]\]\(")]
    private static partial Regex ReferenceCount();
}
