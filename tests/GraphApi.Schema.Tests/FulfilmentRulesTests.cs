using GraphApi.Graph;
using GraphApi.Schema.Scorecard;

namespace GraphApi.Schema.Tests;

public class FulfilmentRulesTests
{
    private static Node Decision(string kind, string? kindQuote = null) => new("decision:x", [NodeLabel.Decision],
        new Dictionary<string, object?> { ["kind"] = kind, ["kindQuote"] = kindQuote }, []);

    [Theory]
    [InlineData("ratification", null, false, "ratified", Step.Final)]
    [InlineData("approval", null, false, "approved", Step.Final)]
    [InlineData("draft", "Ontwerpbesluit", false, "orderAdopted", Step.Final)]
    [InlineData("draft", "Ontwerpdecreet", false, "decreeDrafted", Step.Preparatory)]
    [InlineData("draft", "Ontwerpdecreet", true, "budgetAllocated", Step.Final)]
    [InlineData("preliminaryDraft", "Voorontwerp", true, "preliminaryDraft", Step.Preparatory)]
    [InlineData("approvalInPrinciple", null, false, "approvedInPrinciple", Step.Preparatory)]
    [InlineData("call", "Oproep", true, "callLaunched", Step.Preparatory)]
    [InlineData("acknowledgement", null, false, "acknowledged", Step.Preparatory)]
    public void A_decision_is_a_final_or_preparatory_step_by_the_first_rule_that_applies(string kind, string? quote, bool allocates, string rule, Step step)
    {
        var applied = FulfilmentRules.StepOf(Decision(kind, quote), allocates);

        Assert.Equal(rule, applied.Name);
        Assert.Equal(step, applied.Step);
    }

    /// <summary>A hand-made decision of this kind as a step: linked to the promise, or the later step of a linked one's track.</summary>
    private static JudgedStep Judged(string kind, string stance = FulfilStance.Supports, string strength = FulfilStrength.Direct, bool linked = true, string? kindQuote = null)
    {
        var decision = Decision(kind, kindQuote);
        return new JudgedStep(decision, FulfilmentRules.StepOf(decision, false), linked, [], [],
            new Leaning(stance, stance == FulfilStance.Contradicts ? "transferAway" : "noContradiction", null, null, strength));
    }

    private static JudgedStep Against(string kind, string? kindQuote = null) => Judged(kind, FulfilStance.Contradicts, kindQuote: kindQuote);

    [Fact]
    public void No_decision_is_no_evidence()
    {
        Assert.Equal(FulfilmentRules.NoEvidence, FulfilmentRules.Judge([]).Rule);
    }

    [Fact]
    public void A_final_step_that_directly_supports_the_promise_keeps_it()
    {
        var approval = Judged("approval");

        var (rule, deciding) = FulfilmentRules.Judge([Judged("preliminaryDraft"), approval]);

        Assert.Equal(FulfilmentRules.FinalStep, rule);
        Assert.Equal(FulfilmentStatus.Kept, rule.Status);
        Assert.Equal([approval], deciding);
    }

    [Fact]
    public void Only_preparatory_steps_leave_a_promise_in_progress_until_its_track_reaches_a_final_step()
    {
        Assert.Equal(FulfilmentRules.OnlyPreparatory, FulfilmentRules.Judge([Judged("preliminaryDraft")]).Rule);
        Assert.Equal(FulfilmentRules.TrackCompleted, FulfilmentRules.Judge([Judged("preliminaryDraft"), Judged("ratification", linked: false)]).Rule);
        Assert.Equal(FulfilmentStatus.InProgress, FulfilmentRules.OnlyPreparatory.Status);
        Assert.Equal(FulfilmentStatus.Kept, FulfilmentRules.TrackCompleted.Status);
    }

    [Fact]
    public void A_final_step_against_the_promise_breaks_it_whatever_supported_it_before()
    {
        var order = Against("draft", "Ontwerpbesluit");

        var (rule, deciding) = FulfilmentRules.Judge([Judged("approvalInPrinciple"), Judged("approval"), order]);

        Assert.Equal(FulfilmentRules.BrokenByFinalStep, rule);
        Assert.Equal(FulfilmentStatus.Broken, rule.Status);
        Assert.Equal([order], deciding);
    }

    [Fact]
    public void A_later_final_step_that_supports_the_promise_again_makes_a_broken_promise_partly_kept()
    {
        var (rule, deciding) = FulfilmentRules.Judge([Against("approval"), Judged("approval")]);

        Assert.Equal(FulfilmentRules.SupportAndContradiction, rule);
        Assert.Equal(FulfilmentStatus.Partly, rule.Status);
        Assert.Equal(2, deciding.Count);
    }

    [Fact]
    public void A_preparatory_step_against_a_promise_a_final_step_supports_makes_it_partly_kept()
    {
        Assert.Equal(FulfilmentRules.SupportAndContradiction, FulfilmentRules.Judge([Against("preliminaryDraft"), Judged("approval")]).Rule);
    }

    [Fact]
    public void Only_preparatory_steps_against_a_promise_leave_it_in_progress_nothing_being_decided_yet()
    {
        var (rule, _) = FulfilmentRules.Judge([Against("preliminaryDraft")]);

        Assert.Equal(FulfilmentRules.AgainstInPreparation, rule);
        Assert.Equal(FulfilmentStatus.InProgress, rule.Status);
    }

    [Fact]
    public void Final_steps_that_support_a_promise_only_indirectly_make_it_partly_kept_not_kept()
    {
        var thin = Judged("approval", strength: FulfilStrength.Indirect);

        var (rule, deciding) = FulfilmentRules.Judge([Judged("preliminaryDraft"), thin]);

        Assert.Equal(FulfilmentRules.OnlyIndirectSupport, rule);
        Assert.Equal(FulfilmentStatus.Partly, rule.Status);
        Assert.Equal([thin], deciding);
    }

    [Fact]
    public void Only_indirect_preparatory_steps_leave_a_promise_in_progress()
    {
        Assert.Equal(FulfilmentRules.OnlyPreparatory, FulfilmentRules.Judge([Judged("preliminaryDraft", strength: FulfilStrength.Indirect)]).Rule);
    }

    [Fact]
    public void Every_status_of_a_promise_has_a_rule_and_a_dutch_word()
    {
        var statuses = FulfilmentRules.StatusRules.Select(r => r.Status).OfType<FulfilmentStatus>().Distinct().Order();

        Assert.Equal(Enum.GetValues<FulfilmentStatus>(), statuses);
        Assert.Equal(["nagekomen", "in uitvoering", "deels nagekomen", "gebroken", "zonder bewijs"], Enum.GetValues<FulfilmentStatus>().Select(FulfilmentRules.Dutch));
    }

    [Fact]
    public void A_clause_whose_promises_differ_is_partly_kept_and_one_whose_promises_agree_takes_their_status()
    {
        Assert.Equal((FulfilmentRules.PromisesDiffer, FulfilmentStatus.Partly), FulfilmentRules.JudgeClause([FulfilmentStatus.Kept, FulfilmentStatus.Broken]));
        Assert.Equal((FulfilmentRules.PromisesAlike, FulfilmentStatus.Broken), FulfilmentRules.JudgeClause([FulfilmentStatus.Broken, FulfilmentStatus.Broken]));
    }
}
