using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using GraphApi.Schema.Execution;
using GraphQLParser.AST;

namespace GraphApi.Schema.Loading;

/// <summary>
/// What a resolver prepares from its field's arguments and selection (filters, order, window, which parts are asked
/// for), kept with the field of a document the host keeps parsed (<see cref="KeptDocuments"/>), so that a repeated query does not build its filters
/// and their keys again on every request: for clause-via-agency that was a twentieth of its CPU time. A batch key
/// made in the prepare function is kept with the query it belongs to.
/// <para>
/// Kept only when nothing a request adds can change it: every argument of the field is written in the document
/// (no variables, which differ between requests), and nothing in its selection carries a directive (which may read
/// variables and change what is selected). A prepare function reads only those; one that throws keeps nothing.
/// </para>
/// </summary>
internal static class PreparedFields
{
    // Keyed by the parsed field, so an entry lives as long as its document; per field, for the definition it was made for.
    private static readonly ConditionalWeakTable<GraphQLField, Prepared> Kept = new();

    private sealed record Prepared(FieldType Definition, object? Value);

    public static T For<T>(IResolveFieldContext context, Func<IResolveFieldContext, T> prepare) where T : class
    {
        if (!KeptDocuments.Holds(context)) return prepare(context);
        var field = context.FieldAst;
        if (Kept.TryGetValue(field, out var kept) && kept.Definition == context.FieldDefinition && kept.Value is T value) return value;
        var made = prepare(context);
        if (kept is null) Kept.AddOrUpdate(field, new Prepared(context.FieldDefinition, Fixed(field, context.Document) ? made : null));
        return made;
    }

    private static bool Fixed(GraphQLField field, GraphQLDocument document) =>
        (field.Arguments is null || field.Arguments.Items.TrueForAll(a => Literal(a.Value)))
        && (field.SelectionSet is null || DirectiveFree.Holds(field.SelectionSet, document, deep: true));

    private static bool Literal(GraphQLValue value) => value switch
    {
        GraphQLVariable => false,
        GraphQLListValue list => list.Values is null || list.Values.TrueForAll(Literal),
        GraphQLObjectValue obj => obj.Fields is null || obj.Fields.TrueForAll(f => Literal(f.Value)),
        _ => true,
    };
}
