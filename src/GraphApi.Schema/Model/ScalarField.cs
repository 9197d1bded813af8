namespace GraphApi.Schema.Model;

/// <summary>A GraphQL field read straight from a node property.</summary>
public sealed record ScalarField(string Name, string Property, ScalarKind Kind, string Description, bool NonNull = false);
