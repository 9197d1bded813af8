using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>The distinct nodes a node reaches along an edge query, and what is computed over them.</summary>
internal static class RelatedNodes
{
    /// <summary>The other nodes of the edges that pass the query's filters, each once, in id order.</summary>
    public static List<Node> Nodes(GraphIndex index, string id, EdgeQuery query, FilterEvaluator filters)
    {
        var edges = index.Edges(id, query.Type, query.Direction);
        var related = new List<Node>(edges.Count);
        foreach (var edge in edges)
        {
            if (query.OtherLabel is not null && !edge.Other.HasLabel(query.OtherLabel)) continue;
            if (!filters.Matches(edge.Other, query.Where) || !filters.Matches(edge.Relationship, query.RelationshipWhere)) continue;
            // Edges come in the other node's id order, so a node related twice comes twice in a row.
            if (related.Count == 0 || !ReferenceEquals(related[^1], edge.Other)) related.Add(edge.Other);
        }
        return related;
    }

    public static long Count(GraphIndex index, string id, EdgeQuery query) =>
        Nodes(index, id, query, new FilterEvaluator(index, 1)).Count;

    /// <summary>The min and max of each property over the nodes; values of another kind than the first found are left out.</summary>
    public static IReadOnlyDictionary<string, Aggregate> Aggregates(IReadOnlyList<Node> nodes, IReadOnlyList<string>? properties)
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
