using GraphQLParser;
using GraphQLParser.AST;

namespace GraphApi.Http;

/// <summary>
/// How deep an operation nests, as the depth limit sees it: the number of field levels down to its deepest leaf
/// (<c>{ a { b } }</c> is 2), with fragments counted where they are spread.
/// <para>
/// Within introspection, <c>ofType</c> levels are not counted: their chain follows a type's wrappers (a few at
/// most, fixed by the schema), yet introspection tools ask for seven or more, which alone would exceed the limit.
/// The fields that can cycle (<c>fields { type { fields ... } }</c>) still count.
/// </para>
/// </summary>
internal static class OperationDepth
{
    public static int Of(GraphQLOperationDefinition operation, GraphQLDocument document) =>
        Depth(operation.SelectionSet, document, inIntrospection: false);

    // Fragment cycles never reach here: GraphQL.NET's standard rules refuse them before the depth rule runs.
    private static int Depth(GraphQLSelectionSet? selections, GraphQLDocument document, bool inIntrospection)
    {
        var deepest = 0;
        foreach (var selection in selections?.Selections ?? [])
        {
            var depth = selection switch
            {
                GraphQLField field => FieldDepth(field, document, inIntrospection),
                GraphQLInlineFragment inline => Depth(inline.SelectionSet, document, inIntrospection),
                GraphQLFragmentSpread spread => Depth(
                    document.FindFragmentDefinition(spread.FragmentName.Name.Value)?.SelectionSet, document, inIntrospection),
                _ => 0,
            };
            deepest = Math.Max(deepest, depth);
        }
        return deepest;
    }

    private static int FieldDepth(GraphQLField field, GraphQLDocument document, bool inIntrospection)
    {
        // __schema and __type are the only ways into introspection, and nothing leads back out of it.
        var introspection = inIntrospection || field.Name.Value == "__schema" || field.Name.Value == "__type";
        var level = introspection && field.Name.Value == "ofType" ? 0 : 1;
        return level + Depth(field.SelectionSet, document, introspection);
    }
}
