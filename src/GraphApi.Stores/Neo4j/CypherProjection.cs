namespace GraphApi.Stores.Neo4j;

/// <summary>
/// How statements return nodes and relationships: as maps, so that the runner needs to decode only
/// plain values and the mapper reads the same shape from every statement.
/// </summary>
internal static class CypherProjection
{
    public static string Node(string v) => $"{{id: {v}.id, labels: labels({v}), properties: properties({v})}}";

    public static string Relationship(string v) =>
        $"{{id: {v}.id, type: type({v}), start: startNode({v}).id, end: endNode({v}).id, properties: properties({v})}}";
}
