using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphApi.Schema.Execution;

/// <summary>
/// Works out the <see cref="ObjectPlan"/> of a kept document's query once, and keeps it with the operation (as long as
/// the document lives). Fields are collected as GraphQL.NET collects them, by the function it is given.
/// </summary>
/// <param name="collect">A selection set's fields for an object type, in answer order; null when they may differ
/// between requests (a directive, or fields merged under one response name).</param>
internal sealed class QueryPlanner(Func<ExecutionContext, IObjectGraphType, GraphQLSelectionSet, (GraphQLField Field, FieldType Definition)[]?> collect)
{
    private readonly ConditionalWeakTable<GraphQLOperationDefinition, Planned> _plans = new();

    /// <summary>An operation's plan; null when it cannot have one.</summary>
    private sealed record Planned(ObjectPlan? Root);

    public ObjectPlan? For(ExecutionContext context)
    {
        if (!_plans.TryGetValue(context.Operation, out var planned))
            planned = _plans.GetValue(context.Operation, _ => new Planned(context.Schema.Query is { } query ? Plan(context, query, context.Operation.SelectionSet, 0) : null));
        return planned.Root;
    }

    // Null when some part of the operation is beyond a plan: a directive or merged fields (see collect), or
    // introspection beyond __typename. A field of an interface or union type gets a plan for each of its object types.
    private ObjectPlan? Plan(ExecutionContext context, IObjectGraphType type, GraphQLSelectionSet selectionSet, int depth)
    {
        if (depth > 64 || collect(context, type, selectionSet) is not { } fields) return null;
        var plans = new FieldPlan[fields.Length];
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, definition) = fields[i];
            var name = field.Name.StringValue;
            if (name.StartsWith("__", StringComparison.Ordinal) && name != "__typename") return null;
            ObjectPlan? selection = null;
            Dictionary<IObjectGraphType, ObjectPlan>? selections = null;
            switch (definition.ResolvedType!.GetNamedType())
            {
                case IObjectGraphType objectType when field.SelectionSet is { } below:
                    if ((selection = Plan(context, objectType, below, depth + 1)) is null) return null;
                    break;
                case IAbstractGraphType abstractType when field.SelectionSet is { } below:
                    selections = [];
                    foreach (var possible in abstractType.PossibleTypes)
                    {
                        if (Plan(context, possible, below, depth + 1) is not { } plan) return null;
                        selections[possible] = plan;
                    }
                    break;
                case ScalarGraphType:
                    break;
                default:
                    return null;
            }
            plans[i] = new FieldPlan(field.Alias?.Name.StringValue ?? name, field, definition, selection, selections);
        }
        return new ObjectPlan(type, plans);
    }
}
