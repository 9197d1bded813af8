using GraphApi.Schema.Filtering;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>
/// The arguments of every connection field, as HotChocolate.Data's <c>[UsePaging][UseFiltering][UseSorting]</c>
/// gives them: <c>where</c>, <c>order</c>, <c>first</c>, <c>after</c>, <c>last</c>, <c>before</c>.
/// </summary>
public static class ConnectionArguments
{
    /// <param name="label">The label of the nodes, for where and order; none for a connection of any node.</param>
    public static FieldBuilder<TSource, TReturn> Connection<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, string? label)
    {
        if (label is not null)
            field = field
                .Argument(Refs.Named(WhereType.NameFor(label)), "where", a => a.Description = "Conditions the nodes must meet.")
                .Argument(new ListGraphType(new NonNullGraphType(Refs.Named(OrderType.NameFor(label)))), "order",
                    a => a.Description = "Sort order, one field per element: [{ date: DESC }, { title: ASC }]; by id when left out, and by id after the fields given.");
        return field
            .Argument<IntGraphType>("first", $"The first this many nodes (after the cursor `after`), 0 to {Paging.MaxPageSize}; {Paging.DefaultPageSize} when neither first nor last is given.")
            .Argument<StringGraphType>("after", "The cursor after which the page starts.")
            .Argument<IntGraphType>("last", $"The last this many nodes (before the cursor `before`), 0 to {Paging.MaxPageSize}; not with first.")
            .Argument<StringGraphType>("before", "The cursor before which the page ends.");
    }

    /// <summary>The properties whose min and max the store must compute: all of the label's when aggregates are asked for.</summary>
    public static IReadOnlyList<string>? Aggregated(IResolveFieldContext context, string? label) =>
        label is not null && context.SubFields is { } fields && fields.Values.Any(f => f.FieldType.Name == "aggregates")
            ? AggregatesType.Properties(Model.Labels.Of(label)).Select(s => s.Property).ToList()
            : null;

    /// <summary>Whether the query asks for the nodes themselves or only for what can be counted without them.</summary>
    public static bool WantsNodes(IResolveFieldContext context) =>
        context.SubFields is not { } fields || fields.Values.Any(f => f.FieldType.Name is "nodes" or "edges" or "pageInfo");
}
