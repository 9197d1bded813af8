using GraphQLParser;
using GraphQLParser.AST;

namespace GraphApi.Schema.Execution;

/// <summary>
/// Whether a selection set, with the fragments it spreads, is free of directives: then what it selects is the same on
/// every request, since <c>@skip</c> and <c>@include</c> may read variables.
/// </summary>
internal static class DirectiveFree
{
    /// <param name="deep">Also the selection sets of the fields selected, all the way down.</param>
    /// <param name="written">Given each field the set (and its fragments) selects, at this level only.</param>
    public static bool Holds(GraphQLSelectionSet selectionSet, GraphQLDocument document, bool deep, ICollection<GraphQLField>? written = null) =>
        Holds(selectionSet, document, deep, written, 0);

    // Fragments that spread each other are refused by validation; the bound only keeps a bad document finite.
    private static bool Holds(GraphQLSelectionSet selectionSet, GraphQLDocument document, bool deep, ICollection<GraphQLField>? written, int depth)
    {
        if (depth > 32) return false;
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case GraphQLField { Directives: null or { Count: 0 } } field:
                    written?.Add(field);
                    if (deep && field.SelectionSet is { } below && !Holds(below, document, deep, null, depth + 1)) return false;
                    break;
                case GraphQLInlineFragment { Directives: null or { Count: 0 } } inline:
                    if (!Holds(inline.SelectionSet, document, deep, written, depth + 1)) return false;
                    break;
                case GraphQLFragmentSpread { Directives: null or { Count: 0 } } spread:
                    if (document.FindFragmentDefinition(spread.FragmentName.Name) is not { Directives: null or { Count: 0 } } fragment
                        || !Holds(fragment.SelectionSet, document, deep, written, depth + 1)) return false;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }
}
