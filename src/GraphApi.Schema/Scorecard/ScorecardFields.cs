using GraphApi.Graph;
using GraphApi.Schema.Loading;
using GraphApi.Schema.Reports;
using GraphApi.Schema.Types;
using GraphApi.Stores;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Schema.Scorecard;

/// <summary><c>fulfilment</c> of promises and clauses: the status, the rule that decided it and the evidence.</summary>
public sealed class FulfilmentField(string label) : ILabelExtension
{
    public string Label => label;

    public void Extend(LabelType type) =>
        type.Field<NonNullGraphType<VerdictType>>("fulfilment")
            .Description("How well it was kept: KEPT, IN_PROGRESS, PARTLY, BROKEN or NO_EVIDENCE, with the rule that decided it, the decisions that show it (each with its stance and strength) and those that decided it.")
            .Resolve(c =>
            {
                var loader = c.GetLoader();
                // Every id asked for gets a verdict (NO_EVIDENCE at least), so the missing value is never given.
                return loader.Custom<Verdict>("fulfilment:" + label, c.Source.Id,
                    (ids, ct) => label == NodeLabel.Clause ? Verdicts.ForClausesAsync(loader, ids, ct) : Verdicts.ForPromisesAsync(loader, ids, ct), null!);
            });
}

/// <summary><c>budgetTotal(year)</c> and <c>budgetsByYear</c> of promises and clauses: the money of the decisions that fulfil them.</summary>
public sealed class FulfilledBudgetFields(string label) : ILabelExtension
{
    public string Label => label;

    public void Extend(LabelType type)
    {
        type.Field<NonNullGraphType<DecimalGraphType>>("budgetTotal")
            .Description("The euro the decisions that fulfil it provide; in one year when given. Each euro is counted once: a budget two decisions share, or a total and its parts, are not added twice.")
            .Argument<IntGraphType>("year", "Only what applies to this year.")
            .Resolve(c =>
            {
                var year = c.GetArgument<int?>("year");
                return Load(c).Then(r => r.Total(year));
            });
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BudgetYearType>>>>("budgetsByYear")
            .Description("The budgets of the decisions that fulfil it, per year, each year summed counting each euro once; undated budgets last.")
            .Resolve(c => Load(c).Then(r => r.ByYear));
    }

    private GraphQL.DataLoader.IDataLoaderResult<BudgetRollUp> Load(IResolveFieldContext<Node> c)
    {
        var loader = c.GetLoader();
        return loader.Custom("fulfilled-budgets:" + label, c.Source.Id, (ids, ct) => BudgetRollUp.LoadAsync(loader, label, ids, ct), BudgetRollUp.None);
    }
}

/// <summary><c>Clause.timeline</c>: its decisions in date order, each track as one line.</summary>
public sealed class ClauseTimeline : ILabelExtension
{
    public string Label => NodeLabel.Clause;

    public void Extend(LabelType type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelineEntryType>>>>("timeline")
            .Description("The decisions that fulfil the clause, directly or through its promises, oldest first and undated last ('date unknown'); the steps of one track (voorontwerp -> ontwerp -> bekrachtiging) are one entry.")
            .Resolve(c =>
            {
                var loader = c.GetLoader();
                return loader.Custom<IReadOnlyList<TimelineEntry>>("timeline", c.Source.Id, (ids, ct) => Timeline.LoadAsync(loader, ids, ct), []);
            });
}

/// <summary><c>Promise.continuedBy</c>: the objectives and indicators of the next term that carry the promise on.</summary>
public sealed class PromiseContinuedBy : ILabelExtension
{
    private static readonly EdgeQuery Query = new(RelationshipType.Continues, Direction.Outgoing);

    public string Label => NodeLabel.Promise;

    public void Extend(LabelType type) =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContinuationType>>>>("continuedBy")
            .Description("The objectives and indicators of the 2024-2029 policy note that carry the promise on, most confident first.")
            .Resolve(c => c.GetLoader().Edges(c.Source.Id, Query)
                .Then(edges => edges.OrderByDescending(e => Convert.ToDouble(e.Relationship.Properties["confidence"])).ThenBy(e => e.Other.Id, StringComparer.Ordinal).ToList()));
}

/// <summary><c>Clause.report(format:)</c>: the evaluation of the clause in the corpus' own format, every sentence made from the graph.</summary>
public sealed class ClauseReportField : ILabelExtension
{
    public string Label => NodeLabel.Clause;

    public void Extend(LabelType type) =>
        type.Field<NonNullGraphType<StringGraphType>>("report")
            .Description("The evaluation of the clause as a document: title, summary per promise with [n] citations, the check of the corpus' evaluation and a Referenties list with Themis links and dates.")
            .Argument<ReportFormatType>("format", "MARKDOWN, the published evaluation's format; the default.")
            .ResolveAsync(async c => await ClauseReport.MarkdownAsync(c.GetLoader(), c.Source, c.CancellationToken));
}
