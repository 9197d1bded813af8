using GraphApi.Graph;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Tests.Embedded;

public class ShortestPathEquivalenceTests
{
    private static readonly IReadOnlyDictionary<string, object?> NoProperties = new Dictionary<string, object?>();

    /// <summary>
    /// A random small graph: shuffled ids so that id order says nothing about structure, a hub or two,
    /// self-loops, parallel relationships, and often more than one component.
    /// </summary>
    private static KnowledgeGraph RandomGraph(Random random)
    {
        var ids = Enumerable.Range(0, random.Next(1, 13)).Select(i => $"{(char)('a' + random.Next(26))}{i}").ToList();
        var nodes = ids.Select(id => new Node(id, ["Node"], NoProperties, [])).ToList();
        var hubs = ids.Where(_ => random.Next(5) == 0).ToList();
        var relationships = new List<Relationship>();
        for (var i = random.Next(ids.Count * 3); i > 0; i--)
        {
            var start = hubs.Count > 0 && random.Next(3) == 0 ? hubs[random.Next(hubs.Count)] : ids[random.Next(ids.Count)];
            var end = random.Next(8) == 0 ? start : ids[random.Next(ids.Count)];
            relationships.Add(new Relationship($"r{random.Next(100):D2}-{i}", "LINKS", start, end, NoProperties, []));
            if (random.Next(6) == 0) relationships.Add(new Relationship($"r{random.Next(100):D2}-{i}b", "ALSO", start, end, NoProperties, []));
        }
        return new KnowledgeGraph(nodes, relationships);
    }

    [Fact]
    public async Task On_random_graphs_the_store_finds_exactly_the_path_the_plain_breadth_first_search_finds()
    {
        var random = new Random(20261123);
        var compared = 0;
        var found = 0;
        for (var round = 0; round < 400; round++)
        {
            var graph = RandomGraph(random);
            using var store = new EmbeddedGraphStore(graph);
            var ids = graph.Nodes.Select(n => n.Id).Append("nobody").ToList();
            foreach (var from in ids)
            {
                foreach (var to in ids)
                {
                    var maxHops = random.Next(-1, 9);
                    var expected = ReferenceShortestPath.Find(graph, from, to, maxHops);
                    var actual = await store.ShortestPathAsync(from, to, maxHops, CancellationToken.None);

                    var query = $"round {round}, {from} -> {to} within {maxHops}";
                    Assert.True(expected is null == actual is null, $"{query}: expected {Describe(expected)}, got {Describe(actual)}");
                    Assert.Equal(Describe(expected), Describe(actual));
                    compared++;
                    if (expected is { Relationships.Count: > 1 }) found++;
                }
            }
        }
        // The graphs must be rich enough that many paths of several hops were compared.
        Assert.True(found > compared / 10, $"only {found} of {compared} queries had a path of two hops or more");
    }

    private static string Describe(GraphPath? path) => path is null
        ? "no path"
        : string.Join(" ", path.Nodes.Select(n => n.Id)) + " via " + string.Join(" ", path.Relationships.Select(r => r.Id));
}
