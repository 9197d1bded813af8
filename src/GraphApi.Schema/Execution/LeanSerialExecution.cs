using System.Collections;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphApi.Schema.Execution;

/// <summary>
/// GraphQL.NET's serial execution with less work per object and per list, which clause-via-agency's answer has
/// dozens of (twenty edges, each with a decision and its budgets), on every request of a document the host keeps parsed.
/// <list type="bullet">
/// <item>The fields of a selection set of a kept document (<see cref="KeptDocuments"/>) are collected once per object
/// type, not once per object: GraphQL.NET looked each field up by name in its type every time, about a twentieth of
/// clause-via-agency's CPU time.</item>
/// <item>The items of a list are made without an async function per list (see <see cref="SetArrayItemNodesAsync"/>).</item>
/// <item>A query of a kept document runs its plan (<see cref="QueryPlanner"/>, <see cref="PlannedExecution"/>): no
/// execution node per field and per item, which were a quarter of clause-via-agency's garbage. The points above
/// serve what a plan does not answer.</item>
/// </list>
/// <para>
/// A selection set's fields depend only on the set and the type unless a directive (<c>@skip</c>, <c>@include</c>)
/// reads variables, or fields that share a response name are merged, which makes new field nodes each time. Sets with
/// either are collected every time, as before (the table holds an entry only as long as its set lives).
/// </para>
/// </summary>
public sealed class LeanSerialExecution : SerialExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, Collected> _collected = new();
    private readonly QueryPlanner _planner;

    public LeanSerialExecution() => _planner = new QueryPlanner(Collect);

    /// <summary>
    /// A query of a kept document runs its plan (<see cref="PlannedExecution"/>) when it has one, and falls back to
    /// GraphQL.NET's execution when the plan cannot answer; every other operation executes as GraphQL.NET does.
    /// </summary>
    public override Task<ExecutionResult> ExecuteAsync(GraphQL.Execution.ExecutionContext context) =>
        KeptDocuments.Holds(context) && context.Operation.Operation == OperationType.Query && _planner.For(context) is { } plan
            ? PlannedAsync(context, plan)
            : base.ExecuteAsync(context);

    private async Task<ExecutionResult> PlannedAsync(GraphQL.Execution.ExecutionContext context, ObjectPlan plan) =>
        await PlannedExecution.RunAsync(context, plan).ConfigureAwait(false) is { } data
            // What GraphQL.NET's own result of an execution holds; it adds the errors (none here) itself.
            ? new ExecutionResult { Executed = true, Data = data, Query = context.Document.Source, Document = context.Document, Operation = context.Operation, Extensions = context.OutputExtensions }
            : await base.ExecuteAsync(context).ConfigureAwait(false);

    /// <summary>The fields of a set for the type it was first collected for; another type's are collected every time.</summary>
    private sealed record Collected(IGraphType Type, (GraphQLField Field, FieldType Definition)[]? Fields);

    protected override void SetSubFieldNodes(GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
        if (!KeptDocuments.Holds(context))
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var parentType = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType!;
        var selectionSet = parent.SelectionSet!;
        if (!_collected.TryGetValue(selectionSet, out var collected)) collected = Remember(context, parentType, selectionSet);
        if (collected.Fields is not { } fields || collected.Type != parentType)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var subFields = new ExecutionNode[fields.Length];
        for (var i = 0; i < fields.Length; i++)
            subFields[i] = BuildExecutionNode(parent, fields[i].Definition.ResolvedType!, fields[i].Field, fields[i].Definition);
        parent.SubFields = subFields;
    }

    /// <summary>
    /// The items of a list as GraphQL.NET makes them, without an async local function per list: its captured
    /// variables were a heap object per list, and each item went through an awaited call even when, as almost
    /// always, completing it finished at once.
    /// </summary>
    protected override Task SetArrayItemNodesAsync(GraphQL.Execution.ExecutionContext context, ArrayExecutionNode parent)
    {
        var itemType = ((ListGraphType)parent.GraphType!).ResolvedType!;
        if (itemType is NonNullGraphType nonNull) itemType = nonNull.ResolvedType!;
        // Anything but a list, and a list of scalars, is left to GraphQL.NET.
        if (parent.Result is not IList list || itemType is ScalarGraphType) return base.SetArrayItemNodesAsync(context, parent);
        var items = new List<ExecutionNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var (node, completing) = Item(context, parent, itemType, list[i], i);
            if (!completing.IsCompletedSuccessfully) return ItemsAfterAsync(context, parent, itemType, list, items, node, completing);
            items.Add(node);
        }
        parent.Items = items;
        return Task.CompletedTask;
    }

    private (ExecutionNode Node, Task Completing) Item(GraphQL.Execution.ExecutionContext context, ArrayExecutionNode parent, IGraphType itemType, object? value, int index)
    {
        var node = BuildExecutionNode(parent, itemType, parent.Field!, parent.FieldDefinition!, index);
        node.Result = value;
        return (node, value is IDataLoaderResult ? Task.CompletedTask : CompleteNodeAsync(context, node));
    }

    // The rest of the list once an item's completion has to be awaited.
    private async Task ItemsAfterAsync(GraphQL.Execution.ExecutionContext context, ArrayExecutionNode parent, IGraphType itemType, IList list,
        List<ExecutionNode> items, ExecutionNode pending, Task completing)
    {
        await completing.ConfigureAwait(false);
        items.Add(pending);
        for (var i = items.Count; i < list.Count; i++)
        {
            var (node, next) = Item(context, parent, itemType, list[i], i);
            await next.ConfigureAwait(false);
            items.Add(node);
        }
        parent.Items = items;
    }

    // Apart from SetSubFieldNodes, whose every call would otherwise allocate the lambda's captured variables.
    private Collected Remember(GraphQL.Execution.ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet) =>
        _collected.GetValue(selectionSet, set => new Collected(type, Collect(context, type, set)));

    // Null when the set's fields may differ between requests.
    private (GraphQLField, FieldType)[]? Collect(GraphQL.Execution.ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet)
    {
        var written = new HashSet<GraphQLField>(ReferenceEqualityComparer.Instance);
        if (!DirectiveFree.Holds(selectionSet, context.Document, deep: false, written)) return null;
        var fields = CollectFieldsFrom(context, type, selectionSet, null);
        // A merged field is a node made for this request, not one of the document's.
        if (fields.Values.Any(f => !written.Contains(f.field))) return null;
        return [.. fields.Values];
    }
}
