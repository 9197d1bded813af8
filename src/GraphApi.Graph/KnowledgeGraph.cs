namespace GraphApi.Graph;

/// <summary>
/// The built graph: nodes and relationships in id order, so that the same corpus always gives the
/// same sequence (and byte-identical exports).
/// </summary>
public sealed class KnowledgeGraph
{
    private readonly Dictionary<string, Node> _nodesById;

    public KnowledgeGraph(IEnumerable<Node> nodes, IEnumerable<Relationship> relationships)
    {
        Nodes = nodes.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        Relationships = relationships.OrderBy(r => r.Id, StringComparer.Ordinal).ToList();
        _nodesById = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Node> Nodes { get; }
    public IReadOnlyList<Relationship> Relationships { get; }

    public Node? Node(string id) => _nodesById.GetValueOrDefault(id);

    public IEnumerable<Node> NodesLabelled(string label) => Nodes.Where(n => n.Labels.Contains(label));

    public IEnumerable<Relationship> Outgoing(string nodeId, string type) =>
        Relationships.Where(r => r.Start == nodeId && r.Type == type);

    public IEnumerable<Relationship> Incoming(string nodeId, string type) =>
        Relationships.Where(r => r.End == nodeId && r.Type == type);
}
