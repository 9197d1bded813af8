using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>The distinct nodes a node reaches along an edge query, and what is computed over them.</summary>
internal static class RelatedNodes
{
    // The store answers a call on one thread without awaiting, so a thread's buffers serve one answer at a time:
    // a clause's 9,700 decisions through its promises would otherwise allocate lists and sets each request.
    [ThreadStatic] private static List<int>? t_related;
    [ThreadStatic] private static NodeBits? t_seen;

    /// <summary>
    /// The places of the nodes a related query reaches from a node, each once: those its edges reach directly, in id
    /// order, then those reached through <see cref="RelatedQuery.Through"/>. The list is this thread's own and is
    /// reused by its next call: read it before.
    /// </summary>
    public static List<int> Places(GraphIndex index, string id, RelatedQuery query, FilterEvaluator filters)
    {
        var related = t_related ??= [];
        related.Clear();
        if (query.Through is null)
        {
            Walk(index, index.List(id, query.Edges.Type, query.Edges.Direction), query.Edges, filters, related, seen: null);
            return related;
        }
        if (t_seen is not { } seen || seen.Capacity != index.Count) t_seen = seen = new NodeBits(index.Count);
        else seen.Clear();
        Walk(index, index.List(id, query.Edges.Type, query.Edges.Direction), query.Edges, filters, related, seen);
        var via = new List<int>();
        Walk(index, index.List(id, query.Through.Type, query.Through.Direction), query.Through, filters, via, seen: null);
        foreach (var place in via) Walk(index, index.List(place, query.Edges.Type, query.Edges.Direction), query.Edges, filters, related, seen);
        return related;
    }

    /// <summary>
    /// The same nodes as <see cref="Places"/>, as bits, for a hub: when the query walks <see cref="GraphIndex.HubSize"/>
    /// relationships or more and tests none of them on their own properties. The hubs' lists join as their bits; the
    /// label and the filter, when a set answers it exactly, are one pass over the words each. Null otherwise.
    /// </summary>
    public static NodeBits? Bits(GraphIndex index, string id, RelatedQuery query, FilterEvaluator filters)
    {
        var edges = query.Edges;
        if (edges.RelationshipWhere is not null || Reach(index, [id], query) < index.HubSize) return null;
        var bits = new NodeBits(index.Count);
        Join(index.List(id, edges.Type, edges.Direction), bits);
        if (query.Through is not null)
        {
            var via = new List<int>();
            Walk(index, index.List(id, query.Through.Type, query.Through.Direction), query.Through, filters, via, seen: null);
            foreach (var place in via) Join(index.List(place, edges.Type, edges.Direction), bits);
        }
        if (edges.OtherLabel is not null)
        {
            if (index.LabelBits(edges.OtherLabel) is not { } labelled) return new NodeBits(index.Count);
            bits.And(labelled);
        }
        if (edges.Where is null) return bits;
        if (filters.Exactly(edges.Where) is { } exactly)
        {
            bits.And(exactly);
            return bits;
        }
        foreach (var place in bits.Members().ToList())
            if (!filters.Matches(place, edges.Where)) bits.Remove(place);
        return bits;
    }

    private static void Join(GraphIndex.EdgeList list, NodeBits bits)
    {
        if (list.Bits is { } hub) bits.Or(hub);
        else foreach (var place in list.Others) bits.Add(place);
    }

    /// <summary>How many edges answering the query from these nodes walks: what a <see cref="FilterEvaluator"/> is sized by.</summary>
    public static int Reach(GraphIndex index, IEnumerable<string> ids, RelatedQuery query)
    {
        var edges = 0;
        foreach (var id in ids)
        {
            edges += index.List(id, query.Edges.Type, query.Edges.Direction).Others.Length;
            if (query.Through is not { } through) continue;
            foreach (var via in index.List(id, through.Type, through.Direction).Others)
                edges += 1 + index.List(via, query.Edges.Type, query.Edges.Direction).Others.Length;
        }
        return edges;
    }

    public static long Count(GraphIndex index, string id, EdgeQuery query)
    {
        var related = new List<int>();
        Walk(index, index.List(id, query.Type, query.Direction), query, new FilterEvaluator(index, 1), related, seen: null);
        return related.Count;
    }

    /// <summary>
    /// Adds the places of the other nodes of a node's edges (its list for the query) that pass the query's filters, each once: against
    /// <paramref name="seen"/> when given, else by the edges' own order (by the other node), which puts a node's edges together.
    /// </summary>
    private static void Walk(GraphIndex index, GraphIndex.EdgeList list, EdgeQuery query, FilterEvaluator filters, List<int> related, NodeBits? seen)
    {
        var (edges, others, _) = list;
        var label = query.OtherLabel is null ? null : index.LabelBits(query.OtherLabel);
        if (query.OtherLabel is not null && label is null) return;
        var exactly = filters.Exactly(query.Where);
        var start = related.Count;
        // Cheapest test first: "via an agency" turns away three edges in four with one bit.
        for (var i = 0; i < others.Length; i++)
        {
            var place = others[i];
            if (exactly is not null && !exactly.Contains(place)) continue;
            if (label is not null && !label.Contains(place)) continue;
            if (seen?.Contains(place) ?? (related.Count > start && related[^1] == place)) continue;
            if (exactly is null && !filters.Matches(place, query.Where)) continue;
            if (query.RelationshipWhere is not null && !filters.Matches(edges[i].Relationship, query.RelationshipWhere)) continue;
            seen?.Add(place);
            related.Add(place);
        }
    }

    /// <summary>The min and max of each property over the nodes; values of another kind than the first found are left out.</summary>
    public static IReadOnlyDictionary<string, Aggregate> Aggregates(IEnumerable<Node> nodes, IReadOnlyList<string>? properties)
    {
        var aggregates = new Dictionary<string, Aggregate>(StringComparer.Ordinal);
        foreach (var property in properties ?? [])
        {
            object? min = null, max = null;
            foreach (var node in nodes)
            {
                if (node.Properties.GetValueOrDefault(property) is not { } value || PropertyValue.IsList(value)) continue;
                if (min is null || PropertyValue.Order(value, min) < 0) min = value;
                if (max is null || PropertyValue.Order(value, max) > 0) max = value;
            }
            aggregates[property] = new Aggregate(min, max);
        }
        return aggregates;
    }
}
