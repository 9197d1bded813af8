namespace GraphApi.Graph;

/// <summary>
/// Collects nodes and relationships while the corpus is read. Adding a node or relationship that is
/// already there merges its evidence, so that several mentions make one fact with several sources.
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Relationship> _relationships = new(StringComparer.Ordinal);

    public bool Contains(string nodeId) => _nodes.ContainsKey(nodeId);

    public Node? Node(string nodeId) => _nodes.GetValueOrDefault(nodeId);

    public IEnumerable<Node> Nodes => _nodes.Values;

    public IEnumerable<Relationship> Relationships => _relationships.Values;

    public Node AddNode(string id, string label, IReadOnlyDictionary<string, object?> properties, params Evidence[] sources)
    {
        if (_nodes.TryGetValue(id, out var existing))
        {
            if (existing.Label != label)
                throw new InvalidOperationException($"Node '{id}' is already a {existing.Label}, not a {label}.");
            var merged = existing with { Sources = Merge(existing.Sources, sources) };
            _nodes[id] = merged;
            return merged;
        }
        var node = new Node(id, [label], new SortedDictionary<string, object?>(properties.ToDictionary(), StringComparer.Ordinal), Merge([], sources));
        _nodes[id] = node;
        return node;
    }

    /// <summary>Sets one property of a node that exists, e.g. the date found for a decision in another document.</summary>
    public void SetProperty(string nodeId, string property, object? value)
    {
        var node = _nodes[nodeId];
        var properties = new SortedDictionary<string, object?>(node.Properties.ToDictionary(), StringComparer.Ordinal) { [property] = value };
        _nodes[nodeId] = node with { Properties = properties };
    }

    /// <summary>Adds evidence to a node that exists.</summary>
    public void AddSource(string nodeId, Evidence source)
    {
        var node = _nodes[nodeId];
        _nodes[nodeId] = node with { Sources = Merge(node.Sources, [source]) };
    }

    public Relationship AddRelationship(string type, string start, string end, IReadOnlyDictionary<string, object?> properties, params Evidence[] sources)
    {
        if (!_nodes.ContainsKey(start)) throw new InvalidOperationException($"{type} starts at unknown node '{start}'.");
        if (!_nodes.ContainsKey(end)) throw new InvalidOperationException($"{type} ends at unknown node '{end}'.");
        var id = $"{start}-{type}->{end}";
        if (_relationships.TryGetValue(id, out var existing))
        {
            var merged = existing with { Sources = Merge(existing.Sources, sources) };
            _relationships[id] = merged;
            return merged;
        }
        var relationship = new Relationship(id, type, start, end,
            new SortedDictionary<string, object?>(properties.ToDictionary(), StringComparer.Ordinal), Merge([], sources));
        _relationships[id] = relationship;
        return relationship;
    }

    public Relationship AddRelationship(string type, string start, string end, params Evidence[] sources) =>
        AddRelationship(type, start, end, new Dictionary<string, object?>(), sources);

    public bool RemoveRelationship(string type, string start, string end) => _relationships.Remove($"{start}-{type}->{end}");

    public Relationship? Relationship(string type, string start, string end) => _relationships.GetValueOrDefault($"{start}-{type}->{end}");

    public KnowledgeGraph Build() => new(_nodes.Values, _relationships.Values);

    private static IReadOnlyList<Evidence> Merge(IReadOnlyList<Evidence> existing, IEnumerable<Evidence> added) =>
        existing.Concat(added).Distinct()
            .OrderBy(e => e.Document, StringComparer.Ordinal).ThenBy(e => e.Offset).ThenBy(e => e.Quote, StringComparer.Ordinal)
            .ToList();
}
