using System.Globalization;
using GraphApi.Stores.Embedded;

namespace GraphApi.Stores.Neo4j;

/// <summary>
/// The one statement behind each <see cref="IGraphStore"/> call, in the storage layout of the loader:
/// every node has its own label and <c>:Node</c> with the id in <c>id</c>; relationships carry their id
/// in <c>id</c>. Values always go in as parameters; only checked identifiers and the clamped hop count
/// are part of the text.
/// </summary>
public static class CypherQueries
{
    /// <summary>Rows (node) for the ids that exist.</summary>
    public static CypherStatement GetNodes(IReadOnlyCollection<string> ids)
    {
        var parameters = new CypherParameters();
        var text = $$"""
            UNWIND {{parameters.Named("ids", ids.Distinct(StringComparer.Ordinal).ToList())}} AS id
            MATCH (n:Node {id: id})
            RETURN {{CypherProjection.Node("n")}} AS node
            """;
        return new CypherStatement(text, parameters.Values);
    }

    /// <summary>
    /// One row (totalCount, nodes[, aggregates]): one subquery counts the matches (and aggregates them), the
    /// others sort them and return only the query's <see cref="Window"/> (positions, as in the embedded Cursor).
    /// </summary>
    public static CypherStatement FindNodes(NodeQuery query)
    {
        var parameters = new CypherParameters();
        var label = CypherIdentifier.Quote(query.Label, "label");
        var filter = query.Where is null ? null : new CypherFilter(parameters).OnNode(query.Where, "n");
        var matches = filter is null ? $"MATCH (n:{label})" : $"MATCH (n:{label})\nWHERE {filter}";
        // In id order alone, the page can be read from the label's id index in order, stopping at the page's end; Neo4j
        // plans that only with a predicate on the property, and every stored node has an id, so this one changes nothing.
        var ordered = query.Order.Count > 0 ? matches : $"MATCH (n:{label})\nWHERE n.id IS NOT NULL" + (filter is null ? "" : $" AND ({filter})");
        var aggregates = CypherAggregates.Of(query.Aggregated, "n");
        var (pages, page) = CypherWindow.Of(query.Window, "", ordered + "\nWITH n", "n", new CypherOrder(query.Order, "n", parameters), parameters);
        var text = $$"""
            CALL () {
              {{matches.Replace("\n", "\n  ")}}
              RETURN count(n) AS totalCount{{aggregates.Columns}}
            }
            {{pages}}
            RETURN totalCount, [m IN {{page}} | {{CypherProjection.Node("m")}}] AS nodes{{aggregates.Return}}
            """;
        return new CypherStatement(text, parameters.Values);
    }

    /// <summary>
    /// Rows (id, totalCount, nodes[, aggregates]), one per asking node that exists: per node, one subquery
    /// counts its related nodes, each once (and aggregates them), the others sort them and return only the window.
    /// </summary>
    public static CypherStatement RelatedPages(IReadOnlyCollection<string> nodeIds, RelatedQuery query)
    {
        var parameters = new CypherParameters();
        var matches = RelatedMatches(query, parameters);
        var ids = parameters.Named("ids", nodeIds.Distinct(StringComparer.Ordinal).ToList());
        var aggregates = CypherAggregates.Of(query.Aggregated, "o");
        var (pages, page) = CypherWindow.Of(query.Window, "n", matches + "\nWITH DISTINCT o", "o", new CypherOrder(query.Order, "o", parameters), parameters);
        var text = $$"""
            UNWIND {{ids}} AS id
            MATCH (n:Node {id: id})
            CALL (n) {
              {{matches.Replace("\n", "\n  ")}}
              RETURN count(DISTINCT o) AS totalCount{{aggregates.Columns}}
            }
            {{pages}}
            RETURN id, totalCount, [m IN {{page}} | {{CypherProjection.Node("m")}}] AS nodes{{aggregates.Return}}
            """;
        return new CypherStatement(text, parameters.Values);
    }

    /// <summary>
    /// Rows of <c>o</c>, the nodes related to <c>n</c>: one MATCH, or with <see cref="RelatedQuery.Through"/> a UNION of
    /// the direct match and the match through the nodes <c>v</c> it reaches, which also makes each node one row.
    /// </summary>
    private static string RelatedMatches(RelatedQuery query, CypherParameters parameters)
    {
        var (pattern, where) = EdgePattern(query.Edges, parameters);
        if (query.Through is null) return $"MATCH {pattern}{where}";
        var (toVia, viaWhere) = EdgePattern(query.Through, parameters, o: "v");
        var (fromVia, fromViaWhere) = EdgePattern(query.Edges, parameters, n: "v");
        return $$"""
            CALL (n) {
              MATCH {{pattern}}{{Indent(where)}}
              RETURN o
              UNION
              MATCH {{toVia}}{{Indent(viaWhere)}}
              MATCH {{fromVia}}{{Indent(fromViaWhere)}}
              RETURN o
            }
            """;
    }

    private static string Indent(string clauses) => clauses.Replace("\n", "\n  ");

    /// <summary>The pattern (n)-[r:TYPE]->(o:Label) of an edge query from <paramref name="n"/>, and its WHERE on o and r (empty when none).</summary>
    internal static (string Pattern, string Where) EdgePattern(EdgeQuery query, CypherParameters parameters, string n = "n", string o = "o")
    {
        var type = CypherIdentifier.Quote(query.Type, "relationship type");
        var label = query.OtherLabel is null ? "" : ":" + CypherIdentifier.Quote(query.OtherLabel, "label");
        var r = o == "o" ? "r" : o + "r";
        var pattern = query.Direction == Direction.Outgoing ? $"({n})-[{r}:{type}]->({o}{label})" : $"({n})<-[{r}:{type}]-({o}{label})";
        var filter = new CypherFilter(parameters);
        var conditions = new List<string>();
        if (query.Where is not null) conditions.Add($"({filter.OnNode(query.Where, o)})");
        if (query.RelationshipWhere is not null) conditions.Add($"({filter.OnRelationship(query.RelationshipWhere, r)})");
        return (pattern, conditions.Count == 0 ? "" : "\nWHERE " + string.Join(" AND ", conditions));
    }

    /// <summary>Rows (id, relationship, other) per matching edge, sorted by the asking id, then the other node's id, then the relationship's.</summary>
    public static CypherStatement GetEdges(IReadOnlyCollection<string> nodeIds, EdgeQuery query)
    {
        var parameters = new CypherParameters();
        var (pattern, where) = EdgePattern(query, parameters);
        var ids = parameters.Named("ids", nodeIds.Distinct(StringComparer.Ordinal).ToList());
        var text = $$"""
            UNWIND {{ids}} AS id
            MATCH (n:Node {id: id})
            MATCH {{pattern}}{{where}}
            RETURN id, {{CypherProjection.Relationship("r")}} AS relationship, {{CypherProjection.Node("o")}} AS other
            ORDER BY id, o.id, r.id
            """;
        return new CypherStatement(text, parameters.Values);
    }

    /// <summary>
    /// Rows (node, score), best first and, on equal scores, by id (the embedded index's tie order), at
    /// most <paramref name="first"/>. <paramref name="luceneQuery"/> is already escaped (see <see cref="LuceneQuery"/>).
    /// Labels are filtered after the index lookup, so that LIMIT counts only nodes of those labels.
    /// </summary>
    public static CypherStatement Search(string luceneQuery, IReadOnlyList<string>? labels, int first)
    {
        var parameters = new CypherParameters();
        var query = parameters.Named("query", luceneQuery);
        var where = labels is null || labels.Count == 0
            ? ""
            : $"\nWHERE any(label IN labels(node) WHERE label IN {parameters.Named("labels", labels.ToList())})";
        var text = $"""
            CALL db.index.fulltext.queryNodes('nodeText', {query}) YIELD node, score{where}
            WITH node, score
            ORDER BY score DESC, node.id
            LIMIT {parameters.Named("first", first)}
            RETURN {CypherProjection.Node("node")} AS node, score
            """;
        return new CypherStatement(text, parameters.Values);
    }

    /// <summary>
    /// At most one row (nodes, relationships): the union of all shortest paths between the two nodes,
    /// each relationship and node once, from which the store picks the path the embedded store would (see
    /// <see cref="Neo4jGraphStore.ShortestPathAsync"/>); shortestPath alone returns any one of several
    /// equally short paths. maxHops is clamped to 1..6 as the embedded store does; Cypher takes no
    /// parameter for a length bound, so it is written into the text, which is safe because it is an int
    /// formatted from the clamped range: a single digit. from == to gives the node alone (shortestPath
    /// refuses equal ends).
    /// </summary>
    public static CypherStatement ShortestPath(string from, string to, int maxHops)
    {
        var parameters = new CypherParameters();
        var a = parameters.Named("from", from);
        if (from == to)
            return new CypherStatement($$"""
                MATCH (a:Node {id: {{a}}})
                RETURN [{{CypherProjection.Node("a")}}] AS nodes, [] AS relationships
                """, parameters.Values);
        var hops = Math.Clamp(maxHops, PathFinder.MinHops, PathFinder.MaxHops).ToString(CultureInfo.InvariantCulture);
        var text = $$"""
            MATCH (a:Node {id: {{a}}}), (b:Node {id: {{parameters.Named("to", to)}}})
            MATCH p = allShortestPaths((a)-[*1..{{hops}}]-(b))
            UNWIND relationships(p) AS r
            WITH collect(DISTINCT r) AS relationships
            UNWIND relationships AS r
            UNWIND [startNode(r), endNode(r)] AS x
            WITH relationships, collect(DISTINCT x) AS nodes
            RETURN [x IN nodes | {{CypherProjection.Node("x")}}] AS nodes, [r IN relationships | {{CypherProjection.Relationship("r")}}] AS relationships
            """;
        return new CypherStatement(text, parameters.Values);
    }

    /// <summary>The version the loader wrote with the graph: one row (version), none when no load finished.</summary>
    public static CypherStatement Version() =>
        new("MATCH (v:GraphVersion {id: 'graph'}) RETURN v.hash AS version", new Dictionary<string, object?>());

    /// <summary>Written last by a load, so that the version changes only once the whole graph has.</summary>
    public static CypherStatement WriteVersion(string hash) =>
        new(WriteVersionText(), new Dictionary<string, object?> { ["hash"] = hash });

    /// <param name="hash">The hash: the parameter, or a literal in a script.</param>
    public static string WriteVersionText(string hash = "$hash") =>
        $"MERGE (v:GraphVersion {{id: 'graph'}}) SET v.hash = {hash} RETURN count(v) AS written";
}
