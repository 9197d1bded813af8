using System.Text.Json;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphApi.Schema.Execution;

/// <summary>
/// What a kept document's query selects, worked out once: per object, its fields in answer order with their
/// definitions, and under each field the plan of what it selects. <see cref="PlannedExecution"/> runs it.
/// </summary>
internal sealed class ObjectPlan(IObjectGraphType type, FieldPlan[] fields)
{
    public IObjectGraphType Type { get; } = type;

    public FieldPlan[] Fields { get; } = fields;

    /// <summary>The fields as GraphQL.NET hands them to a resolver that asks what its object's fields are.</summary>
    public Dictionary<string, (GraphQLField Field, FieldType FieldType)> SubFields { get; } =
        fields.ToDictionary(f => f.ResponseName, f => (f.Field, f.Definition));
}

/// <param name="Selection">What it selects, for a field of an object type (under any wrappers); null for a scalar.</param>
/// <param name="Selections">What it selects from each object type a field of an interface or union type may give.</param>
internal sealed record FieldPlan(string ResponseName, GraphQLField Field, FieldType Definition, ObjectPlan? Selection,
    IReadOnlyDictionary<IObjectGraphType, ObjectPlan>? Selections = null)
{
    public JsonEncodedText Name { get; } = JsonEncodedText.Encode(ResponseName);

    /// <summary>The field's type, with its non-null and list wrappers.</summary>
    public IGraphType Type => Definition.ResolvedType!;
}

/// <summary>An object under a field of an interface or union type, whose fields depend on the object's own type.</summary>
internal sealed record PlannedObject(ObjectPlan Plan, object?[] Values);
