using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// The graph arranged for lookups, built once: nodes by id and by label, and each node's
/// relationships per type and direction, so that no call ever scans all relationships.
/// </summary>
internal sealed partial class GraphIndex
{
    private static readonly IReadOnlyList<Edge> NoEdges = Array.Empty<Edge>();
    private static readonly IReadOnlyList<Node> NoNodes = Array.Empty<Node>();

    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Node>> _byLabel = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Node, string Type, Direction Direction), IReadOnlyList<Edge>> _edges = new();
    private readonly Dictionary<string, IReadOnlyList<Edge>> _neighbours = new(StringComparer.Ordinal);

    public GraphIndex(KnowledgeGraph graph)
    {
        var byLabel = new Dictionary<string, List<Node>>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            _nodes.Add(node.Id, node);
            foreach (var label in node.Labels.Distinct(StringComparer.Ordinal))
                Add(byLabel, label, node);
        }
        foreach (var (label, nodes) in byLabel) _byLabel[label] = nodes.ToArray();

        var edges = new Dictionary<(string, string, Direction), List<Edge>>();
        var neighbours = new Dictionary<string, List<Edge>>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships)
        {
            var start = Endpoint(relationship, relationship.Start);
            var end = Endpoint(relationship, relationship.End);
            // Each edge is one object in both indexes: at scale 1000 that is 840,000 objects fewer.
            var toEnd = new Edge(relationship, end);
            var toStart = new Edge(relationship, start);
            Add(edges, (start.Id, relationship.Type, Direction.Outgoing), toEnd);
            Add(edges, (end.Id, relationship.Type, Direction.Incoming), toStart);
            // Relationships arrive in id order, which is the order the shortest path visits neighbours in.
            Add(neighbours, start.Id, toEnd);
            if (end.Id != start.Id) Add(neighbours, end.Id, toStart);
        }
        foreach (var (key, list) in edges)
        {
            list.Sort(static (a, b) =>
            {
                var byOther = string.CompareOrdinal(a.Other.Id, b.Other.Id);
                return byOther != 0 ? byOther : string.CompareOrdinal(a.Relationship.Id, b.Relationship.Id);
            });
            _edges[key] = list.ToArray();
        }
        foreach (var (id, list) in neighbours) _neighbours[id] = list.ToArray();
    }

    public Node? Node(string id) => _nodes.GetValueOrDefault(id);

    /// <summary>The nodes with a label, in id order.</summary>
    public IReadOnlyList<Node> Labelled(string label) => _byLabel.GetValueOrDefault(label, NoNodes);

    /// <summary>A node's relationships of one type and direction, sorted by the other node's id.</summary>
    public IReadOnlyList<Edge> Edges(string nodeId, string type, Direction direction) =>
        _edges.GetValueOrDefault((nodeId, type, direction), NoEdges);

    /// <summary>Every relationship touching a node, either direction, in relationship id order.</summary>
    public IReadOnlyList<Edge> Neighbours(string nodeId) => _neighbours.GetValueOrDefault(nodeId, NoEdges);

    private Node Endpoint(Relationship relationship, string nodeId) =>
        _nodes.GetValueOrDefault(nodeId)
        ?? throw new ArgumentException($"Relationship '{relationship.Id}' touches node '{nodeId}', which is not in the graph.");

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> lists, TKey key, TValue value) where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(value);
    }
}
