using GraphApi.Graph;

namespace GraphApi.Schema.Scorecard;

/// <summary>How far a decision takes what it fulfils.</summary>
public enum Step
{
    /// <summary>The decision delivers: a ratified decree, an approved programme year, an adopted order, allocated money.</summary>
    Final,
    /// <summary>The decision prepares: a voorontwerp, an approval in principle, a call, a draft decree, a note taken.</summary>
    Preparatory,
}

/// <summary>How well a promise or clause was kept.</summary>
public enum FulfilmentStatus
{
    /// <summary>A final step supports it directly and no final step goes against it.</summary>
    Kept,
    /// <summary>Only preparatory steps exist.</summary>
    InProgress,
    /// <summary>Steps for and against it, only indirect support, or a clause whose promises differ: the promise trackers' "compromise".</summary>
    Partly,
    /// <summary>
    /// A final step goes against it and no later final step supports it again. Named as the promise
    /// trackers journalists trust name it (PolitiFact's "Promise Broken"): the government acted against
    /// the promise. NOT_KEPT would read as "not yet kept", which is IN_PROGRESS or NO_EVIDENCE.
    /// </summary>
    Broken,
    /// <summary>Nothing in the corpus.</summary>
    NoEvidence,
}

/// <summary>One rule: its name (returned with every status it decides), what it decides, why, and the words the report uses.</summary>
/// <param name="Dutch">How the markdown report names the step or status, in the corpus' language.</param>
public sealed record StepRule(string Name, Step Step, string Description, string Dutch, Func<Node, bool, bool> Applies);

public sealed record StatusRule(string Name, FulfilmentStatus? Status, string Description);

/// <summary>
/// Every rule that decides how well the agreement was kept, in the order they are tried. A decision
/// is judged by its <c>kind</c> (the step its text names, see DecisionKindClassifier) and by whether
/// it FUNDS money ALLOCATED to a named recipient; the first step rule that applies decides. A promise
/// is judged by the decisions that FULFILL it, which way each points (<c>stance</c>: supports or
/// contradicts) and how directly (<c>strength</c>), and by the tracks (FOLLOWS: voorontwerp -> ontwerp ->
/// bekrachtiging) those decisions are steps of, whose later steps point the same way; a clause by its promises.
/// </summary>
public static class FulfilmentRules
{
    public static readonly IReadOnlyList<StepRule> StepRules =
    [
        new("ratified", Step.Final, "A decree ratified and promulgated (bekrachtiging en afkondiging) is law.", "bekrachtiging",
            (d, _) => Kind(d) == "ratification"),
        new("approved", Step.Final, "The government approves or allocates (goedkeuring, invulling, toewijzing): a programme year, a project, a strategy, a distribution of budget.", "goedkeuring",
            (d, _) => Kind(d) == "approval"),
        new("orderAdopted", Step.Final, "An order (besluit) the government adopts after advice (ontwerpbesluit) takes effect without parliament.", "definitief besluit",
            (d, _) => Kind(d) == "draft" && (d.Get<string>("kindQuote") ?? "").Contains("besluit", StringComparison.OrdinalIgnoreCase)),
        new("preliminaryDraft", Step.Preparatory, "A first draft (voorontwerp) still goes for advice, whatever money it names.", "voorontwerp",
            (d, _) => Kind(d) == "preliminaryDraft"),
        new("approvedInPrinciple", Step.Preparatory, "An approval in principle (principiële goedkeuring) commits to nothing final yet, whatever money it names.", "principiële goedkeuring",
            (d, _) => Kind(d) == "approvalInPrinciple"),
        new("callLaunched", Step.Preparatory, "A call for projects (oproep) is launched or its rules set: its money is not yet granted to anyone.", "oproep",
            (d, _) => Kind(d) == "call"),
        new("budgetAllocated", Step.Final, "Money allocated to a named recipient (FUNDS a budget that ALLOCATES) is granted, whatever else the decision's step is.", "toegewezen budget",
            (_, allocates) => allocates),
        new("decreeDrafted", Step.Preparatory, "A draft decree (ontwerpdecreet) still needs parliament; its ratification is the final step.", "ontwerpdecreet",
            (d, _) => Kind(d) == "draft"),
        new("acknowledged", Step.Preparatory, "The government takes note (kennisname) and decides nothing yet.", "kennisname",
            (d, _) => Kind(d) == "acknowledgement"),
        new("otherStep", Step.Preparatory, "A step of no known kind is not counted as final.", "andere stap",
            (_, _) => true),
    ];

    public static readonly StatusRule NoEvidence = new("noEvidence", FulfilmentStatus.NoEvidence,
        "No decision in the corpus fulfils it: reported as such, never padded.");

    public static readonly StatusRule BrokenByFinalStep = new("brokenByFinalStep", FulfilmentStatus.Broken,
        "A final step goes against it (moves the promised role away, abolishes, postpones or cuts what it names) and no later final step supports it again.");

    public static readonly StatusRule SupportAndContradiction = new("supportAndContradiction", FulfilmentStatus.Partly,
        "Some steps support it and others go against it, and the last final step, if any, supports it.");

    public static readonly StatusRule AgainstInPreparation = new("againstInPreparation", FulfilmentStatus.InProgress,
        "Every step goes against it, but none is final yet: nothing is decided either way.");

    public static readonly StatusRule FinalStep = new("finalStep", FulfilmentStatus.Kept,
        "A decision that fulfils it is a final step whose own words carry the promise (direct support), and no step goes against it.");

    public static readonly StatusRule TrackCompleted = new("trackCompleted", FulfilmentStatus.Kept,
        "A decision that directly supports it is an early step of a track (voorontwerp -> ontwerp -> bekrachtiging) whose later step is final.");

    public static readonly StatusRule OnlyIndirectSupport = new("onlyIndirectSupport", FulfilmentStatus.Partly,
        "Final steps support it, but only indirectly: their own words touch its subject without carrying what it commits to.");

    public static readonly StatusRule OnlyPreparatory = new("onlyPreparatory", FulfilmentStatus.InProgress,
        "Every decision that fulfils it is a preparatory step, and none of their tracks has reached a final step.");

    public static readonly StatusRule PromisesAlike = new("promisesAlike", null,
        "Every promise of the clause has the same status, so the clause has it too.");

    public static readonly StatusRule PromisesDiffer = new("promisesDiffer", FulfilmentStatus.Partly,
        "The promises of the clause differ in status.");

    public static readonly StatusRule NoPromises = new("noPromises", null,
        "The clause has no promises of its own: it is judged like a promise, by the decisions that fulfil it.");

    public static readonly IReadOnlyList<StatusRule> StatusRules =
        [NoEvidence, BrokenByFinalStep, SupportAndContradiction, AgainstInPreparation, FinalStep, TrackCompleted, OnlyIndirectSupport, OnlyPreparatory, PromisesAlike, PromisesDiffer, NoPromises];

    /// <summary>The first step rule that applies to the decision.</summary>
    public static StepRule StepOf(Node decision, bool fundsAllocatedMoney) => StepRules.First(r => r.Applies(decision, fundsAllocatedMoney));

    /// <summary>
    /// A promise's status from its decisions' steps and the later final steps of their tracks, oldest
    /// first (see Verdicts.Ordered), with the steps that decided it.
    /// </summary>
    public static (StatusRule Rule, IReadOnlyList<JudgedStep> Deciding) Judge(IReadOnlyList<JudgedStep> steps)
    {
        if (!steps.Any(s => s.Linked)) return (NoEvidence, []);
        var finals = steps.Where(s => s.Rule.Step == Step.Final).ToList();
        var lastAgainst = finals.FindLastIndex(s => s.Leaning.Against);
        if (lastAgainst >= 0 && finals.Skip(lastAgainst + 1).All(s => s.Leaning.Against))
            return (BrokenByFinalStep, finals.Where(s => s.Leaning.Against).ToList());
        var against = steps.Where(s => s.Leaning.Against).ToList();
        if (against.Count > 0 && against.Count < steps.Count) return (SupportAndContradiction, steps);
        if (against.Count > 0) return (AgainstInPreparation, against);
        var direct = finals.Where(s => s.Leaning.Direct).ToList();
        if (direct.Any(s => s.Linked)) return (FinalStep, direct.Where(s => s.Linked).ToList());
        if (direct.Count > 0) return (TrackCompleted, steps.Where(s => s.Leaning.Direct).ToList());
        if (finals.Count > 0) return (OnlyIndirectSupport, finals);
        return (OnlyPreparatory, steps);
    }

    /// <summary>A clause's status from its promises' statuses.</summary>
    public static (StatusRule Rule, FulfilmentStatus Status) JudgeClause(IReadOnlyList<FulfilmentStatus> promises)
    {
        var distinct = promises.Distinct().ToList();
        return distinct.Count > 1 ? (PromisesDiffer, FulfilmentStatus.Partly) : (PromisesAlike, distinct[0]);
    }

    public static string Dutch(FulfilmentStatus status) => status switch
    {
        FulfilmentStatus.Kept => "nagekomen",
        FulfilmentStatus.InProgress => "in uitvoering",
        FulfilmentStatus.Partly => "deels nagekomen",
        FulfilmentStatus.Broken => "gebroken",
        FulfilmentStatus.NoEvidence => "zonder bewijs",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    private static string? Kind(Node decision) => decision.Get<string>("kind");
}
