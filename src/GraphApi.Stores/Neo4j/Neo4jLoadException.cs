namespace GraphApi.Stores.Neo4j;

/// <summary>A load batch failed and was rolled back; the message names the label or type and the batch's first and last row ids.</summary>
public sealed class Neo4jLoadException(string message, Exception inner) : Exception(message, inner);
