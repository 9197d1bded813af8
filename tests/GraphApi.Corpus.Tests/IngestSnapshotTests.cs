using GraphApi.Graph;
using Snapshooter;
using Snapshooter.Xunit;

namespace GraphApi.Corpus.Tests;

/// <summary>
/// Pins what the ingest makes of the corpus: the counts per label and relationship type, every
/// warning, and a handful of nodes that stand for the rest, each with all its relationships.
/// A change to any reader, extractor or linker that changes them shows here in review.
/// </summary>
public class IngestSnapshotTests
{
    private static readonly Lazy<IngestResult> Result = new(() => CorpusIngestor.Ingest(RepoPaths.Seeds));

    [Fact]
    public void The_ingest_summary_counts_every_label_and_type_and_lists_every_warning()
    {
        var graph = Result.Value.Graph;

        Snapshot.Match(new
        {
            Nodes = graph.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Relationships = graph.Relationships.GroupBy(r => r.Type).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Warnings = Result.Value.Diagnostics.Select(d => d.ToString()).ToList(),
        });
    }

    [Theory]
    [InlineData("clause:3.2.3")]
    [InlineData("promise:3.2.3-08")]
    [InlineData("decision:000-05")]
    [InlineData("decision:000-15")]
    [InlineData("budget:003-q4-p3-1")]
    [InlineData("programme:vv057")]
    [InlineData("objective:digitalisering/sd6")]
    [InlineData("indicator:digitalisering/grootte-van-het-athumi-ecosysteem")]
    [InlineData("building-block:kaleidos")]
    public void A_representative_node_keeps_its_properties_evidence_and_relationships(string id)
    {
        var graph = Result.Value.Graph;
        var node = graph.Node(id) ?? throw new Xunit.Sdk.XunitException($"no node {id}");

        Snapshot.Match(new
        {
            node.Id,
            node.Labels,
            node.Properties,
            node.Sources,
            Outgoing = graph.Relationships.Where(r => r.Start == id).Select(Describe).ToList(),
            Incoming = graph.Relationships.Where(r => r.End == id).Select(Describe).ToList(),
        }, SnapshotNameExtension.Create(id.Replace(':', '_').Replace('/', '_')));
    }

    private static object Describe(Relationship relationship) => new
    {
        relationship.Id,
        relationship.Properties,
        Quotes = relationship.Sources.Select(s => $"{s.Document}@{s.Offset}: {s.Quote}").ToList(),
    };
}
