namespace GraphApi.Graph;

/// <summary>The kinds of relationship in the graph; each carries its evidence.</summary>
public static class RelationshipType
{
    /// <summary>Child to parent: promise to clause, OD to SD, project to programme, budget part to total.</summary>
    public const string PartOf = "PART_OF";
    /// <summary>Decision to Clause or Promise; properties <c>basis</c> and <c>confidence</c>.</summary>
    public const string Fulfills = "FULFILLS";
    /// <summary>Decision or Initiative to an Agency it names, other than the government that takes the decision.</summary>
    public const string Involves = "INVOLVES";
    /// <summary>Decision to the government that takes it (Vlaamse Regering), where the decision's text names it.</summary>
    public const string DecidedBy = "DECIDED_BY";
    /// <summary>Decision (or Programme) to the Budget it provides.</summary>
    public const string Funds = "FUNDS";
    /// <summary>Budget to the Agency, Programme or BuildingBlock that receives it.</summary>
    public const string Allocates = "ALLOCATES";
    /// <summary>A step of a track to the step before it.</summary>
    public const string Follows = "FOLLOWS";
    /// <summary>Agency to what it holds: a building block, indicator or objective.</summary>
    public const string ResponsibleFor = "RESPONSIBLE_FOR";
    /// <summary>Indicator to the Objective it measures.</summary>
    public const string Measures = "MEASURES";
    /// <summary>Any text-bearing node to an Agency, Programme, BuildingBlock or Budget its text names.</summary>
    public const string Mentions = "MENTIONS";
    /// <summary>Evaluation to a Decision it cites as [n].</summary>
    public const string Cites = "CITES";
    /// <summary>Evaluation to the Clause it evaluates.</summary>
    public const string Evaluates = "EVALUATES";
    /// <summary>
    /// Promise of one term to the policy-note Objective or Indicator of the next term that carries it on;
    /// properties <c>confidence</c>, <c>similarity</c> and <c>sharedTerms</c>.
    /// </summary>
    public const string Continues = "CONTINUES";

    /// <summary>Every type, in alphabetical order.</summary>
    public static readonly IReadOnlyList<string> All =
        [Allocates, Cites, Continues, DecidedBy, Evaluates, Follows, Fulfills, Funds, Involves, Measures, Mentions, PartOf, ResponsibleFor];
}
