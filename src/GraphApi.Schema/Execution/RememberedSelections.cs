using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;

namespace GraphApi.Schema.Execution;

/// <summary>
/// Serial execution that collects the fields of a selection set for an object type once, not once per object: GraphQL.NET
/// collects them for each of the twenty edges of a page and each of their decisions and budgets, looking each field up
/// by name in its type, on every request of a document the host keeps parsed. That was about a twentieth of
/// clause-via-agency's CPU time.
/// <para>
/// A selection set's fields depend only on the set and the type unless a directive (<c>@skip</c>, <c>@include</c>)
/// reads variables, or fields that share a response name are merged, which makes new field nodes each time. Sets with
/// either are collected every time, as before; so are sets of a document parsed for one request, which the host does
/// not keep (the table holds an entry only as long as its set lives).
/// </para>
/// </summary>
public sealed class RememberedSelections : SerialExecutionStrategy
{
    private readonly ConditionalWeakTable<GraphQLSelectionSet, Collected> _collected = new();

    /// <summary>The fields of a set for the type it was first collected for; another type's are collected every time.</summary>
    private sealed record Collected(IGraphType Type, (GraphQLField Field, FieldType Definition)[]? Fields);

    protected override void SetSubFieldNodes(GraphQL.Execution.ExecutionContext context, ObjectExecutionNode parent)
    {
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

    // Apart from SetSubFieldNodes, whose every call would otherwise allocate the lambda's captured variables.
    private Collected Remember(GraphQL.Execution.ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet) =>
        _collected.GetValue(selectionSet, set => new Collected(type, Collect(context, type, set)));

    // Null when the set's fields may differ between requests.
    private (GraphQLField, FieldType)[]? Collect(GraphQL.Execution.ExecutionContext context, IGraphType type, GraphQLSelectionSet selectionSet)
    {
        var written = new HashSet<GraphQLField>(ReferenceEqualityComparer.Instance);
        if (!Plain(context.Document, selectionSet, written)) return null;
        var fields = CollectFieldsFrom(context, type, selectionSet, null);
        // A merged field is a node made for this request, not one of the document's.
        if (fields.Values.Any(f => !written.Contains(f.field))) return null;
        return [.. fields.Values];
    }

    // Whether no selection of the set, or of the fragments it spreads, carries a directive; collects the fields it writes.
    private static bool Plain(GraphQLDocument document, GraphQLSelectionSet selectionSet, HashSet<GraphQLField> written, int depth = 0)
    {
        // Fragments that spread each other are refused by validation; the bound only keeps a bad document finite.
        if (depth > 32) return false;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField field when field.Directives is null or { Count: 0 }:
                    written.Add(field);
                    break;
                case GraphQLInlineFragment inline when inline.Directives is null or { Count: 0 }:
                    if (!Plain(document, inline.SelectionSet, written, depth + 1)) return false;
                    break;
                case GraphQLFragmentSpread spread when spread.Directives is null or { Count: 0 }:
                    if (document.FindFragmentDefinition(spread.FragmentName.Name) is not { Directives: null or { Count: 0 } } fragment
                        || !Plain(document, fragment.SelectionSet, written, depth + 1)) return false;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }
}
