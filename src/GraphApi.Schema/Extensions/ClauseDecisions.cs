using GraphApi.Graph;
using GraphApi.Schema.Filtering;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Model;
using GraphApi.Schema.Scorecard;
using GraphApi.Schema.Names;
using GraphApi.Schema.Types;
using GraphApi.Stores;
using GraphApi.Stores.Filters;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Schema.Extensions;

/// <summary>
/// <c>Clause.decisions</c>: "the decisions that fulfil clause 3.2.3 through agency Digitaal
/// Vlaanderen". A decision fulfils a clause directly (the evaluation cites it) or through one of
/// its promises; each appears once with every basis. The store pages, sorts and counts them, so that
/// only a page's decisions are read whatever their number. Three store calls per level of the query,
/// however many clauses it asks about (one when no clause has a decision on its page); and only when no decision
/// matches, one more for each of viaAgency and viaProgramme given, to tell a name that matches nothing (an error)
/// from a known one without decisions.
/// </summary>
public sealed class ClauseDecisions : ILabelExtension
{
    private static readonly EdgeQuery Promises = new(RelationshipType.PartOf, Direction.Incoming, NodeLabel.Promise);

    // What its cursors belong to.
    private const string Connection = "Clause.decisions oldest first";

    public string Label => NodeLabel.Clause;

    public void Extend(LabelType type) =>
        type.Field<NonNullGraphType<FulfilmentConnectionType>>("decisions")
            .Description("The decisions that fulfil the clause, directly or through its promises.")
            .Argument<StringGraphType>("viaAgency", "Only decisions naming this agency: its id, name or any alias, ignoring case.")
            .Argument<StringGraphType>("viaProgramme", "Only decisions naming this programme, or one of its editions or projects: id, name or alias.")
            .Argument<ListGraphType<NonNullGraphType<FulfilBasisType>>>("basis", "Only links on one of these bases.")
            .Argument(Refs.Named(WhereType.NameFor(NodeLabel.Decision)), "where", a => a.Description = "Further conditions on the decisions.")
            .Argument<IntGraphType>("first", $"Page size, at most {Paging.MaxPageSize}; {Paging.DefaultPageSize} when left out.")
            .Argument<StringGraphType>("after", "The cursor after which the page starts.")
            .Resolve(c =>
            {
                var (agency, programme) = (c.GetArgument<string?>("viaAgency"), c.GetArgument<string?>("viaProgramme"));
                var loader = c.GetLoader();
                var (query, key) = loader.Prepared(c, c =>
                {
                    var bases = c.GetArgument<List<object>?>("basis");
                    var fulfils = new EdgeQuery(RelationshipType.Fulfills, Direction.Incoming, NodeLabel.Decision, DecisionFilter(agency, programme, c.GetArgument<object?>("where")),
                        bases is null ? null : new Comparison("basis", Operator.In, bases.Cast<string>().ToList()));
                    var query = new RelatedQuery(fulfils, OldestFirst.Order, Paging.Read(c, Connection), Through: Promises);
                    return Tuple.Create(query, "clause-decisions:" + QueryKey.Of(query));
                });
                return loader.Custom(key, c.Source.Id, (clauseIds, ct) => LoadPages(loader, clauseIds, query, ct), FulfilmentPage.None)
                    .Then(async (page, ct) =>
                    {
                        // A name that matches nothing is an error with suggestions, not an empty answer. A decision
                        // found through a name shows the name is known, so the names are checked only when none is.
                        if (page.Page.TotalCount == 0)
                        {
                            await KnownNames.EnsureAsync(loader, "viaAgency", NodeLabel.Agency, agency, ct);
                            await KnownNames.EnsureAsync(loader, "viaProgramme", NodeLabel.Programme, programme, ct);
                        }
                        return page;
                    });
            });

    /// <summary>
    /// The page of each clause's fulfilling decisions, in one store call for all the clauses, and then the links
    /// of only the decisions on the pages: the clause's promises, and the decisions' FULFILLS relationships.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, FulfilmentPage>> LoadPages(
        StoreLoader loader, IReadOnlyCollection<string> clauseIds, RelatedQuery query, CancellationToken ct)
    {
        var pages = await loader.RelatedPagesAsync(clauseIds, query, ct);
        var shown = Shown(pages);
        if (shown.Count == 0)
            return pages.ToDictionary(p => p.Key, p => new FulfilmentPage([], Paging.Public(p.Value, Connection)), StringComparer.Ordinal);
        var promises = await loader.EdgesAsync(clauseIds, Promises, ct);
        var links = await loader.EdgesAsync(shown, query.Edges with { Direction = Direction.Outgoing, OtherLabel = null, Where = null }, ct);
        return pages.ToDictionary(
            p => p.Key,
            p => new FulfilmentPage(Items(p.Key, p.Value.Nodes, promises.GetValueOrDefault(p.Key, []), links), Paging.Public(p.Value, Connection)),
            StringComparer.Ordinal);
    }

    // The decisions on the pages, each once, in page order.
    private static IReadOnlyCollection<string> Shown(IReadOnlyDictionary<string, NodePage> pages)
    {
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages.Values)
            for (var i = 0; i < page.Nodes.Count; i++) shown.Add(page.Nodes[i].Id);
        return shown;
    }

    // Each decision of a page with its links to the clause and to the clause's promises.
    private static List<ClauseFulfilment> Items(string clause, IReadOnlyList<Node> decisions, IReadOnlyList<Edge> promises, IReadOnlyDictionary<string, IReadOnlyList<Edge>> links)
    {
        var via = new Dictionary<string, Node>(promises.Count, StringComparer.Ordinal);
        foreach (var promise in promises) via.TryAdd(promise.Other.Id, promise.Other);
        var items = new List<ClauseFulfilment>(decisions.Count);
        foreach (var decision in decisions)
        {
            var edges = links.GetValueOrDefault(decision.Id, []);
            var own = new List<FulfilmentLink>(edges.Count);
            for (var i = 0; i < edges.Count; i++)
            {
                var link = edges[i];
                if (link.Other.Id == clause) own.Add(new FulfilmentLink(new Edge(link.Relationship, decision), null));
                else if (via.TryGetValue(link.Other.Id, out var promise)) own.Add(new FulfilmentLink(new Edge(link.Relationship, decision), promise));
            }
            InClauseFirstOrder(own);
            items.Add(new ClauseFulfilment(decision, own));
        }
        return items;
    }

    // The clause's own links first, then those through its promises by the promise's id; links to the same node keep
    // their order (a stable insertion sort: a decision has a few links).
    private static void InClauseFirstOrder(List<FulfilmentLink> links)
    {
        for (var i = 1; i < links.Count; i++)
            for (var j = i; j > 0 && string.CompareOrdinal(links[j - 1].Via?.Id ?? "", links[j].Via?.Id ?? "") > 0; j--)
                (links[j - 1], links[j]) = (links[j], links[j - 1]);
    }

    private static Filter? DecisionFilter(string? agency, string? programme, object? where)
    {
        var filters = new List<Filter>();
        if (agency is not null) filters.Add(NameMatch.ViaAgency(agency));
        if (programme is not null) filters.Add(NameMatch.ViaProgramme(programme));
        if (FilterBuilder.Build(Labels.Decision, where) is { } more) filters.Add(more);
        return filters.Count == 0 ? null : new AllOf(filters);
    }

    /// <summary>Every decision that fulfils the clause through everything that counts.</summary>
    public static readonly EdgeQuery AllFulfils = new(RelationshipType.Fulfills, Direction.Incoming, NodeLabel.Decision);

    /// <summary>The decisions that fulfil each clause, directly or through its promises, oldest first, undated last. Three store calls.</summary>
    public static async Task<IReadOnlyDictionary<string, ClauseFulfilments>> Load(
        StoreLoader loader, IReadOnlyCollection<string> clauseIds, EdgeQuery fulfils, CancellationToken ct)
    {
        var direct = await loader.EdgesAsync(clauseIds, fulfils, ct);
        var promises = await loader.EdgesAsync(clauseIds, Promises, ct);
        var promiseIds = promises.Values.SelectMany(edges => edges.Select(e => e.Other.Id)).Distinct().ToList();
        var throughPromises = promiseIds.Count == 0 ? new Dictionary<string, IReadOnlyList<Edge>>() : await loader.EdgesAsync(promiseIds, fulfils, ct);
        return clauseIds.ToDictionary(id => id, id =>
        {
            // By id: a store may return one decision as several node objects, one per relationship.
            var byDecision = new Dictionary<string, List<FulfilmentLink>>(StringComparer.Ordinal);
            foreach (var edge in direct.GetValueOrDefault(id, []))
                Add(byDecision, new FulfilmentLink(edge, null));
            foreach (var promise in promises.GetValueOrDefault(id, []))
                foreach (var edge in throughPromises.GetValueOrDefault(promise.Other.Id, []))
                    Add(byDecision, new FulfilmentLink(edge, promise.Other));
            var fulfilments = new ClauseFulfilment[byDecision.Count];
            var keys = new (string, long, string)[byDecision.Count];
            var i = 0;
            foreach (var links in byDecision.Values)
            {
                var decision = links[0].Edge.Other;
                fulfilments[i] = new ClauseFulfilment(decision, links);
                keys[i++] = OldestFirst.Key(decision);
            }
            return new ClauseFulfilments(fulfilments, keys);
        });
    }

    private static void Add(Dictionary<string, List<FulfilmentLink>> byDecision, FulfilmentLink link)
    {
        if (!byDecision.TryGetValue(link.Edge.Other.Id, out var links))
            byDecision[link.Edge.Other.Id] = links = [];
        links.Add(link);
    }
}
