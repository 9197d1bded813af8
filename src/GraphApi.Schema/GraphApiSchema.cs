using GraphApi.Graph;
using GraphApi.Schema.Extensions;
using GraphApi.Schema.Filtering;
using GraphApi.Schema.Model;
using GraphApi.Schema.Query;
using GraphApi.Schema.Scorecard;
using GraphApi.Schema.Types;

namespace GraphApi.Schema;

/// <summary>
/// The GraphQL schema of the graph: an object type, filter, order and (for root collections)
/// connection per label and per relationship field, all derived from <see cref="Labels"/>, and the query entry points.
/// </summary>
public sealed class GraphApiSchema : GraphQL.Types.Schema
{
    private static readonly ILabelExtension[] Extensions =
    [
        new ClauseDecisions(), new DecisionFulfils(), new PromiseFulfilledBy(),
        new BudgetTotals(NodeLabel.Agency), new BudgetTotals(NodeLabel.Programme),
        new FulfilmentField(NodeLabel.Promise), new FulfilmentField(NodeLabel.Clause),
        new FulfilledBudgetFields(NodeLabel.Promise), new FulfilledBudgetFields(NodeLabel.Clause),
        new ClauseTimeline(), new PromiseContinuedBy(), new ClauseReportField(),
    ];

    public GraphApiSchema()
    {
        Description = "The digital policy of the Flemish government as a knowledge graph. Every node and relationship carries its evidence: document, offset and quote.";
        Query = new QueryType();
        RegisterType(new NodeInterface());
        RegisterType(new SortEnumType());
        foreach (var filter in ScalarFilterType.All()) RegisterType(filter);
        foreach (var label in Labels.All)
        {
            RegisterType(new LabelType(label, Extensions));
            RegisterType(new WhereType(label));
            RegisterType(new RelationFilterType(label.Label));
            RegisterType(new OrderType(label));
            foreach (var type in AggregatesType.Of(label)) RegisterType(type);
            foreach (var relation in label.Relations.Where(r => r.Many))
                foreach (var type in ConnectionType.Of(label, relation)) RegisterType(type);
        }
        foreach (var (_, label) in QueryType.Collections)
            foreach (var type in ConnectionType.Of(label.Label)) RegisterType(type);
    }
}
