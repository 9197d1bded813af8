using System.Collections.Concurrent;
using GraphApi.Graph;
using Lucene.Net.Analysis;

namespace GraphApi.Stores.Embedded.FullText;

/// <summary>
/// The nodes that have searchable texts, with those texts analysed, in node order. The analysis (Snowball
/// stemming) runs on a second thread ahead of the caller, so that on two cores it overlaps with the index
/// writer's work on the nodes before; the order, and so the index, is the same as one thread's.
/// </summary>
internal static class AnalysedNodes
{
    /// <summary>How far analysis may run ahead: enough to keep both threads busy, little to hold.</summary>
    private const int Ahead = 1024;

    /// <remarks><paramref name="stems"/> is used by the analysing thread only, until the enumeration ends.</remarks>
    public static IEnumerable<(Node Node, IReadOnlyList<AnalysedText> Texts)> Of(IEnumerable<Node> nodes, Analyzer analyzer, StringPool stems)
    {
        using var analysed = new BlockingCollection<(Node, IReadOnlyList<AnalysedText>)>(Ahead);
        using var stop = new CancellationTokenSource();
        var analysing = Task.Run(() =>
        {
            try
            {
                foreach (var node in nodes)
                    if (AnalysedText.Of(node, analyzer, stems) is { Count: > 0 } texts) analysed.Add((node, texts), stop.Token);
            }
            finally
            {
                analysed.CompleteAdding();
            }
        });
        try
        {
            foreach (var item in analysed.GetConsumingEnumerable()) yield return item;
        }
        finally
        {
            // A caller that stops early stops the analysis; what the analysis threw is thrown here.
            stop.Cancel();
            try
            {
                analysing.GetAwaiter().GetResult();
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
        }
    }
}
