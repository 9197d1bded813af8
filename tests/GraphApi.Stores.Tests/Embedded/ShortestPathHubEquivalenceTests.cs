using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Tests.Embedded;

/// <summary>
/// The store's shortest path against the plain breadth-first search on graphs shaped like the corpus
/// at scale: clusters around hubs with hundreds of relationships, joined by chains, so that the two
/// ends meet after up to six hops and every choice between walking a layer and walking the layer
/// beyond it is taken.
/// </summary>
public class ShortestPathHubEquivalenceTests
{
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    private sealed record HubGraph(KnowledgeGraph Graph, IReadOnlyList<string> Hubs);

    private static HubGraph RandomHubGraph(Random random)
    {
        var nodes = new List<string>();
        var hubs = new List<string>();
        var relationships = new List<Relationship>();
        // Random id prefixes, so that neither node nor relationship id order follows the structure.
        string NewNode()
        {
            var id = $"{(char)('a' + random.Next(26))}{nodes.Count}";
            nodes.Add(id);
            return id;
        }
        void Relate(string start, string end)
        {
            relationships.Add(new Relationship($"r{random.Next(1000):D3}-{relationships.Count}", "LINKS", start, end, NoProperties, []));
            if (random.Next(10) == 0) relationships.Add(new Relationship($"r{random.Next(1000):D3}-{relationships.Count}", "ALSO", end, start, NoProperties, []));
        }

        var clusters = new List<List<string>>();
        for (var c = random.Next(1, 6); c > 0; c--)
        {
            var hub = NewNode();
            hubs.Add(hub);
            var members = Enumerable.Range(0, random.Next(5, 120)).Select(_ => NewNode()).ToList();
            foreach (var member in members)
            {
                if (random.Next(10) < 7) Relate(random.Next(2) == 0 ? member : hub, random.Next(2) == 0 ? hub : member);
                for (var k = random.Next(3); k > 0; k--) Relate(member, members[random.Next(members.Count)]);
            }
            // A second hub in some clusters, sharing many members with the first: paths between hubs.
            if (random.Next(3) == 0)
            {
                var second = NewNode();
                hubs.Add(second);
                foreach (var member in members.Where(_ => random.Next(2) == 0)) Relate(member, second);
            }
            clusters.Add([hub, .. members]);
        }
        // Chains between clusters, some of them missing, so that some nodes are far apart or not connected at all.
        for (var c = 1; c < clusters.Count; c++)
        {
            if (random.Next(5) == 0) continue;
            var from = clusters[random.Next(c)];
            var previous = from[random.Next(from.Count)];
            var last = clusters[c][random.Next(clusters[c].Count)];
            for (var k = random.Next(3); k > 0; k--)
            {
                var link = NewNode();
                Relate(previous, link);
                previous = link;
            }
            Relate(previous, last);
        }
        return new HubGraph(new KnowledgeGraph(nodes.Select(id => new Node(id, ["Node"], NoProperties, [])), relationships), hubs);
    }

    private static IEnumerable<(string From, string To)> Pairs(HubGraph hubGraph, Random random)
    {
        var ids = hubGraph.Graph.Nodes.Select(n => n.Id).ToList();
        foreach (var from in hubGraph.Hubs)
            foreach (var to in hubGraph.Hubs)
                yield return (from, to);
        for (var k = 0; k < 40; k++)
        {
            yield return (ids[random.Next(ids.Count)], ids[random.Next(ids.Count)]);
            yield return (hubGraph.Hubs[random.Next(hubGraph.Hubs.Count)], ids[random.Next(ids.Count)]);
            yield return (ids[random.Next(ids.Count)], hubGraph.Hubs[random.Next(hubGraph.Hubs.Count)]);
        }
    }

    [Fact]
    public async Task Around_hubs_the_store_finds_exactly_the_path_the_plain_breadth_first_search_finds()
    {
        var random = new Random(20261205);
        var lengths = new int[8];
        for (var round = 0; round < 150; round++)
        {
            var hubGraph = RandomHubGraph(random);
            using var store = new EmbeddedGraphStore(hubGraph.Graph);
            foreach (var (from, to) in Pairs(hubGraph, random))
            {
                var maxHops = random.Next(1, 8);
                var expected = ReferenceShortestPath.Find(hubGraph.Graph, from, to, maxHops);
                var actual = await store.ShortestPathAsync(from, to, maxHops, CancellationToken.None);

                Assert.True(Describe(expected) == Describe(actual), $"round {round}, {from} -> {to} within {maxHops}: expected {Describe(expected)}, got {Describe(actual)}");
                if (expected is not null) lengths[expected.Relationships.Count]++;
            }
        }
        // Paths of every length up to six must have been compared, hundreds of the longer ones.
        Assert.All(lengths.Skip(1).Take(6), count => Assert.True(count >= 100, $"paths per length 0..7: {string.Join(", ", lengths)}"));
    }

    [Fact]
    public async Task Searches_running_at_the_same_time_on_one_store_find_the_paths_they_find_alone()
    {
        var random = new Random(7);
        var hubGraph = RandomHubGraph(random);
        while (hubGraph.Graph.Nodes.Count < 200) hubGraph = RandomHubGraph(random);
        using var store = new EmbeddedGraphStore(hubGraph.Graph);
        var queries = Enumerable.Range(0, 20).SelectMany(_ => Pairs(hubGraph, random)).ToList();

        var actual = new string[queries.Count];
        await Parallel.ForAsync(0, queries.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (q, cancellationToken) =>
            actual[q] = Describe(await store.ShortestPathAsync(queries[q].From, queries[q].To, 6, cancellationToken)));

        var expected = queries.Select(q => Describe(ReferenceShortestPath.Find(hubGraph.Graph, q.From, q.To, 6))).ToArray();
        Assert.Equal(expected, actual);
    }

    private static string Describe(GraphPath? path) => path is null
        ? "no path"
        : string.Join(" ", path.Nodes.Select(n => n.Id)) + " via " + string.Join(" ", path.Relationships.Select(r => r.Id));
}
