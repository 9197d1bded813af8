namespace GraphApi.Stores.Neo4j;

/// <summary>
/// What a load wrote: nodes and relationships, the batches they went in, and all statements sent; and how many
/// nodes and relationships of an earlier load it removed because the graph no longer has them.
/// </summary>
public sealed record Neo4jLoadResult(int Nodes, int Relationships, int Batches, int Statements, long Removed);
