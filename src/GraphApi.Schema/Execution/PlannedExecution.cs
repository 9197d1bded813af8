using System.Collections;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace GraphApi.Schema.Execution;

/// <summary>
/// Runs a kept document's <see cref="ObjectPlan"/>: each field's resolver is called with the object above it, and
/// each value lands in a slot of its object's array, without GraphQL.NET's execution node per field and per list
/// item (a quarter of clause-via-agency's garbage). Loader results wait in a queue, as in GraphQL.NET's serial
/// strategy, so that a level's keys are all asked for before the first is read and a level stays one store call.
/// <para>
/// Only an answer without errors is planned: a resolver's error or exception, a null where the schema promises a
/// value, a value that is not of its field's type, or a resolver asking for what the plan does not keep
/// (<see cref="NotPlannedException"/>) gives null, and the caller executes the request with GraphQL.NET, which
/// reports them as it always has. Resolvers only read the immutable graph, so running them again is harmless.
/// </para>
/// </summary>
internal sealed class PlannedExecution
{
    private readonly ExecutionContext _context;
    private readonly ExecutionErrors _errors = new();
    private readonly Queue<Waiting> _waiting = new();
    private PlannedFieldContext? _spare;

    // A field value still to come: from a loader, or from a resolver that did not finish at once.
    private readonly record struct Waiting(FieldPlan Field, IGraphType Type, object?[] Slots, int Index, IDataLoaderResult? Loaded, Task<object?>? Resolving);

    private PlannedExecution(ExecutionContext context) => _context = context;

    /// <returns>The answer, or null when GraphQL.NET has to execute the request.</returns>
    public static async Task<PlannedData?> RunAsync(ExecutionContext context, ObjectPlan root)
    {
        var run = new PlannedExecution(context);
        try
        {
            var values = new object?[root.Fields.Length];
            run.Fill(root, context.RootValue, values);
            while (run._waiting.TryDequeue(out var waiting))
            {
                var value = waiting.Loaded is { } loaded
                    ? await loaded.GetResultAsync(context.CancellationToken).ConfigureAwait(false)
                    : await waiting.Resolving!.ConfigureAwait(false);
                run.Complete(waiting.Field, waiting.Type, value, waiting.Slots, waiting.Index);
            }
            return run._errors.Count == 0 ? new PlannedData(root, values) : null;
        }
        catch (Exception) when (!context.CancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private void Fill(ObjectPlan plan, object? source, object?[] slots)
    {
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var field = plan.Fields[i];
            var context = (_spare ?? new PlannedFieldContext(_context, _errors)).For(plan, field, source);
            _spare = null;
            var resolving = (field.Definition.Resolver ?? NameFieldResolver.Instance).ResolveAsync(context);
            if (!resolving.IsCompletedSuccessfully)
            {
                _waiting.Enqueue(new Waiting(field, field.Type, slots, i, null, resolving.AsTask()));
                continue;
            }
            var value = resolving.Result;
            // As GraphQL.NET does: a context may be used again once its resolver has finished, unless a loader
            // result, still to be read, holds it.
            if (value is not IDataLoaderResult) _spare = context;
            Complete(field, field.Type, value, slots, i);
        }
    }

    // The check GraphQL.NET makes of every object before its fields are resolved.
    private static bool IsOf(IObjectGraphType type, object value) => type.IsTypeOf is not { } isTypeOf || type.SkipTypeCheck || isTypeOf(value);

    private void Complete(FieldPlan field, IGraphType type, object? value, object?[] slots, int index)
    {
        if (value is IDataLoaderResult loaded)
        {
            _waiting.Enqueue(new Waiting(field, type, slots, index, loaded, null));
            return;
        }
        if (type is NonNullGraphType nonNull)
        {
            if (value is null) throw new NotPlannedException($"null for the non-null field {field.ResponseName}");
            type = nonNull.ResolvedType!;
        }
        switch (value, type)
        {
            case (null, _):
                slots[index] = null;
                break;
            case (IEnumerable and not string, ListGraphType list):
                var items = value as IList ?? ((IEnumerable)value).Cast<object?>().ToList();
                var itemSlots = new object?[items.Count];
                slots[index] = itemSlots;
                for (var i = 0; i < items.Count; i++) Complete(field, list.ResolvedType!, items[i], itemSlots, i);
                break;
            case (_, ScalarGraphType scalar):
                slots[index] = scalar.Serialize(value) ?? throw new NotPlannedException($"{scalar.Name} cannot serialise the value of {field.ResponseName}");
                break;
            case (_, IObjectGraphType objectType) when field.Selection is { } selection && IsOf(objectType, value):
                var fields = new object?[selection.Fields.Length];
                slots[index] = fields;
                Fill(selection, value, fields);
                break;
            case (_, IAbstractGraphType abstractType) when abstractType.GetObjectType(value, _context.Schema) is { } objectType
                && field.Selections!.TryGetValue(objectType, out var plan) && IsOf(objectType, value):
                var planned = new PlannedObject(plan, new object?[plan.Fields.Length]);
                slots[index] = planned;
                Fill(plan, value, planned.Values);
                break;
            default:
                throw new NotPlannedException($"a value of {field.ResponseName} that is not a {type.Name}");
        }
    }
}
