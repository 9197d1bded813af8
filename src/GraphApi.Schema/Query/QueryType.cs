using GraphApi.Graph;
using GraphApi.Schema.Extensions;
using GraphApi.Schema.Filtering;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Model;
using GraphApi.Schema.Names;
using GraphApi.Schema.Scorecard;
using GraphApi.Schema.Types;
using GraphApi.Stores;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Schema.Query;

/// <summary>The entry points of the graph.</summary>
public sealed class QueryType : ObjectGraphType
{
    /// <summary>The labels with a paged, filtered, sorted root collection, and its field name.</summary>
    public static readonly IReadOnlyList<(string Field, LabelDefinition Label)> Collections =
    [
        ("decisions", Labels.Decision), ("agencies", Labels.Agency), ("programmes", Labels.Programme), ("budgets", Labels.Budget),
        ("objectives", Labels.Objective), ("indicators", Labels.Indicator), ("buildingBlocks", Labels.BuildingBlock),
        ("initiatives", Labels.Initiative), ("promises", Labels.Promise), ("documents", Labels.Document),
    ];

    public QueryType()
    {
        Name = "Query";

        Field<NodeInterface>("node").Description("The node with this id; null, with an UNKNOWN_NODE error suggesting the closest ids, when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c =>
            {
                var (id, loader) = (c.GetArgument<string>("id"), c.GetLoader());
                return loader.Node(id).Then(async (node, ct) => node ?? throw await KnownNames.UnknownIdAsync(loader, "id", id, ct));
            });

        Field<NonNullGraphType<ListGraphType<NodeInterface>>>("nodes")
            .Description("The nodes with these ids, in their order; null where an id does not exist, with an UNKNOWN_NODE error for it suggesting the closest ids.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .ResolveAsync(async c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                var loader = c.GetLoader();
                var found = await loader.NodesAsync(ids.Distinct().ToList(), c.CancellationToken);
                for (var i = 0; i < ids.Count; i++)
                    if (!found.ContainsKey(ids[i]))
                        Report(c, await KnownNames.UnknownIdAsync(loader, "ids", ids[i], c.CancellationToken), i);
                return ids.Select(id => found.GetValueOrDefault(id)).ToList();
            });

        Field("clause", Refs.Named(NodeLabel.Clause)).Description("The clause with this number, e.g. 3.2.3.")
            .Argument<NonNullGraphType<StringGraphType>>("number")
            .ResolveAsync(async c => (await c.GetLoader().FindAsync(
                new NodeQuery(NodeLabel.Clause, new GraphApi.Stores.Filters.Comparison("number", GraphApi.Stores.Filters.Operator.Eq, c.GetArgument<string>("number")), [], 1, null),
                c.CancellationToken)).Nodes.FirstOrDefault());

        Field("clauses", Refs.ListOf(NodeLabel.Clause)).Description("Every clause, by number.")
            .ResolveAsync(async c => (await c.GetLoader().FindAsync(new NodeQuery(NodeLabel.Clause, null, [new Order("number")], int.MaxValue, null), c.CancellationToken)).Nodes);

        foreach (var (name, label) in Collections) AddCollection(name, label);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search")
            .Description("Full-text search with Dutch stemming over titles and texts, best first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<NodeTypeEnum>>>("types", "Only nodes of these types.")
            .Argument<IntGraphType>("first", $"How many hits; {Paging.DefaultPageSize} when left out, at most {Paging.MaxPageSize}.")
            .ResolveAsync(async c => await c.GetLoader().SearchAsync(
                new SearchQuery(c.GetArgument<string>("text"), c.GetArgument<List<object>?>("types")?.Cast<string>().ToList(), Paging.First(c.GetArgument<int?>("first"))),
                c.CancellationToken));

        Field<PathType>("path").Description("The shortest connection between two nodes, following relationships either way; null when there is none within maxHops, and with an UNKNOWN_NODE error suggesting the closest ids when from or to is no node's id.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Argument<IntGraphType>("maxHops", "At most this many relationships, 1 to 6; 4 when left out.")
            .ResolveAsync(async c =>
            {
                var maxHops = c.GetArgument("maxHops", 4);
                if (maxHops is < 1 or > 6) throw new ExecutionError($"maxHops: {maxHops} is out of range; give 1 to 6");
                var (from, to, loader) = (c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetLoader());
                var path = await loader.PathAsync(from, to, maxHops, c.CancellationToken);
                if (path is not null) return path;
                // No path: tell an unknown endpoint from two nodes that are not connected.
                var found = await loader.NodesAsync([from, to], c.CancellationToken);
                foreach (var (argument, id) in new[] { ("from", from), ("to", to) }.Where(end => !found.ContainsKey(end.Item2)))
                    Report(c, await KnownNames.UnknownIdAsync(loader, argument, id, c.CancellationToken));
                return null;
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CitationCheckType>>>>("evaluationCitations")
            .Description("Every [n] of the evaluations in the corpus, checked against decision n's own text: SUPPORTED, WEAK or UNSUPPORTED with the overlap and the reason; in the order of the text.")
            .Argument<ListGraphType<NonNullGraphType<CitationSupportType>>>("support", "Only citations with one of these verdicts.")
            .ResolveAsync(async c =>
            {
                var support = c.GetArgument<List<object>?>("support")?.Cast<string>().ToHashSet();
                var checks = await CitationChecks.LoadAsync(c.GetLoader(), c.CancellationToken);
                return support is null ? checks : checks.Where(k => support.Contains(k.Support)).ToList();
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetYearType>>>>("budgetsByYear")
            .Description("Every budget grouped by the years it applies to, with each year's sum counting each euro once.")
            .ResolveAsync(async c => await BudgetsByYear.Load(c.GetLoader(), c.CancellationToken));
    }

    /// <summary>Adds an error at this field (or an item of it) and lets the field answer null there, as GraphQL does for a failed field.</summary>
    private static void Report(IResolveFieldContext c, ExecutionError error, int? index = null)
    {
        error.AddLocation(c.FieldAst, c.Document);
        error.Path = index is { } i ? c.Path.Append(i) : c.Path;
        c.Errors.Add(error);
    }

    private void AddCollection(string name, LabelDefinition label) =>
        Field(name, new NonNullGraphType(Refs.Named(ConnectionType.NameFor(label.Label))))
            .Description($"{label.Label} nodes, filtered, sorted and paged.")
            .Connection(label.Label)
            .ResolveAsync(async c =>
            {
                var order = OrderBuilder.Build(label, c.GetArgument<object?>("order"));
                var byTotal = OrderBuilder.ByBudgetTotal(c.GetArgument<object?>("order"));
                var connection = $"Query.{name} {(byTotal is { } d ? $"budgetTotal {(d ? "DESC" : "ASC")}," : "")}{OrderBuilder.Describe(order)}";
                var window = Paging.Read(c, connection);
                if (!ConnectionArguments.WantsNodes(c)) window = window with { First = 0, Last = null };
                var query = new NodeQuery(label.Label, FilterBuilder.Build(label, c.GetArgument<object?>("where")), order, window.First, window.After, window.Last, window.Before,
                    ConnectionArguments.Aggregated(c, label.Label));
                var loader = c.GetLoader();
                Func<IResolveFieldContext, object?>? sum = label.Label == NodeLabel.Budget ? _ => BudgetSums.Root(loader, query) : null;
                var page = byTotal is { } descending
                    ? await BudgetTotalOrder.PageAsync(loader, query, descending, c.CancellationToken)
                    : await loader.FindAsync(query, c.CancellationToken);
                return new Connection(Paging.Public(page, connection), sum);
            });
}
