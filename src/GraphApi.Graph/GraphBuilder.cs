namespace GraphApi.Graph;

/// <summary>
/// Collects nodes and relationships while the corpus is read. Adding a node or relationship that is
/// already there merges its evidence, so that several mentions make one fact with several sources.
/// Evidence is kept in a sorted set per node and relationship and copied out only when read, so
/// that an agency named by tens of thousands of decisions costs a logarithm per mention, not a sort.
/// </summary>
public sealed class GraphBuilder
{
    private readonly Dictionary<string, Entry<Node>> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entry<Relationship>> _relationships = new(StringComparer.Ordinal);

    public bool Contains(string nodeId) => _nodes.ContainsKey(nodeId);

    public Node? Node(string nodeId) => _nodes.TryGetValue(nodeId, out var entry) ? Complete(entry) : null;

    public IEnumerable<Node> Nodes => _nodes.Values.Select(Complete);

    public IEnumerable<Relationship> Relationships => _relationships.Values.Select(Complete);

    public void AddNode(string id, string label, IReadOnlyDictionary<string, object?> properties, params Evidence[] sources)
    {
        if (_nodes.TryGetValue(id, out var existing))
        {
            if (existing.Value.Label != label)
                throw new InvalidOperationException($"Node '{id}' is already a {existing.Value.Label}, not a {label}.");
            existing.Sources.UnionWith(sources);
            return;
        }
        var entry = new Entry<Node>(new Node(id, [label], Sorted(properties), []));
        entry.Sources.UnionWith(sources);
        _nodes[id] = entry;
    }

    /// <summary>Sets one property of a node that exists, e.g. the date found for a decision in another document.</summary>
    public void SetProperty(string nodeId, string property, object? value)
    {
        var entry = _nodes[nodeId];
        var others = entry.Value.Properties.Where(p => !string.Equals(p.Key, property, StringComparison.Ordinal));
        entry.Value = entry.Value with { Properties = new PropertyMap(others.Append(KeyValuePair.Create(property, value)), v => v) };
    }

    /// <summary>Adds evidence to a node that exists.</summary>
    public void AddSource(string nodeId, Evidence source) => _nodes[nodeId].Sources.Add(source);

    public void AddRelationship(string type, string start, string end, IReadOnlyDictionary<string, object?> properties, params Evidence[] sources)
    {
        if (!_nodes.ContainsKey(start)) throw new InvalidOperationException($"{type} starts at unknown node '{start}'.");
        if (!_nodes.ContainsKey(end)) throw new InvalidOperationException($"{type} ends at unknown node '{end}'.");
        var id = $"{start}-{type}->{end}";
        if (!_relationships.TryGetValue(id, out var entry))
        {
            entry = new Entry<Relationship>(new Relationship(id, type, start, end, Sorted(properties), []));
            _relationships[id] = entry;
        }
        entry.Sources.UnionWith(sources);
    }

    public void AddRelationship(string type, string start, string end, params Evidence[] sources) =>
        AddRelationship(type, start, end, PropertyMap.Empty, sources);

    public bool RemoveRelationship(string type, string start, string end) => _relationships.Remove($"{start}-{type}->{end}");

    public Relationship? Relationship(string type, string start, string end) =>
        _relationships.TryGetValue($"{start}-{type}->{end}", out var entry) ? Complete(entry) : null;

    /// <summary>
    /// The graph, stored compactly: every string (ids, names, quotes, property values) once, and
    /// properties in sorted arrays. The builder's own sets and trees stay behind for the collector.
    /// </summary>
    public KnowledgeGraph Build()
    {
        var pool = new StringPool();
        // A quote that supports a node often supports its relationships too: one instance for all of them.
        var evidence = new Dictionary<Evidence, Evidence>();
        var nodes = _nodes.Values.Select(entry => entry.Value with
        {
            Id = pool.Get(entry.Value.Id),
            Labels = [.. entry.Value.Labels.Select(pool.Get)],
            Properties = Compact(entry.Value.Properties, pool),
            Sources = Compact(entry.Sources, pool, evidence),
        }).ToList();
        var relationships = _relationships.Values.Select(entry => entry.Value with
        {
            Type = pool.Get(entry.Value.Type),
            Start = pool.Get(entry.Value.Start),
            End = pool.Get(entry.Value.End),
            Properties = Compact(entry.Value.Properties, pool),
            Sources = Compact(entry.Sources, pool, evidence),
        });
        return new(nodes, relationships);
    }

    /// <summary>
    /// The properties as the built graph keeps them, from the start: a sorted tree per node and relationship cost
    /// the builder hundreds of megabytes at scale 1000, and the caller's dictionary may change after the call.
    /// </summary>
    private static PropertyMap Sorted(IReadOnlyDictionary<string, object?> properties) =>
        properties.Count == 0 ? PropertyMap.Empty : new(properties, value => value);

    private static PropertyMap Compact(IReadOnlyDictionary<string, object?> properties, StringPool pool) =>
        properties.Count == 0 ? PropertyMap.Empty : new(properties.Select(p => KeyValuePair.Create(pool.Get(p.Key), p.Value)), value => value switch
        {
            string text => pool.Get(text),
            List<string> texts => texts.ConvertAll(pool.Get),
            _ => value,
        });

    private static Evidence[] Compact(SortedSet<Evidence> sources, StringPool pool, Dictionary<Evidence, Evidence> evidence)
    {
        var compact = new Evidence[sources.Count];
        var i = 0;
        foreach (var source in sources)
        {
            if (!evidence.TryGetValue(source, out var shared))
                evidence.Add(source, shared = new Evidence(pool.Get(source.Document), source.Offset, pool.Get(source.Quote)));
            compact[i++] = shared;
        }
        return compact;
    }

    private static Node Complete(Entry<Node> entry) => entry.Value with { Sources = [.. entry.Sources] };

    private static Relationship Complete(Entry<Relationship> entry) => entry.Value with { Sources = [.. entry.Sources] };

    private sealed class Entry<T>(T value)
    {
        public T Value { get; set; } = value;

        public SortedSet<Evidence> Sources { get; } = new(EvidenceOrder.Instance);
    }

    /// <summary>By document, offset, then quote; two pieces of evidence that compare equal are the same evidence.</summary>
    private sealed class EvidenceOrder : IComparer<Evidence>
    {
        public static readonly EvidenceOrder Instance = new();

        public int Compare(Evidence? x, Evidence? y)
        {
            var byDocument = string.CompareOrdinal(x!.Document, y!.Document);
            if (byDocument != 0) return byDocument;
            var byOffset = x.Offset.CompareTo(y.Offset);
            return byOffset != 0 ? byOffset : string.CompareOrdinal(x.Quote, y.Quote);
        }
    }
}
