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

    [Fact]
    public void Only_preparatory_steps_leave_a_promise_in_progress_until_its_track_reaches_a_final_step()
    {
        var voorontwerp = FulfilmentRules.StepOf(Decision("preliminaryDraft"), false);

        Assert.Equal(FulfilmentRules.OnlyPreparatory, FulfilmentRules.Judge([voorontwerp], aTrackReachesAFinalStepLater: false));
        Assert.Equal(FulfilmentRules.TrackCompleted, FulfilmentRules.Judge([voorontwerp], aTrackReachesAFinalStepLater: true));
        Assert.Equal(FulfilmentStatus.InProgress, FulfilmentRules.OnlyPreparatory.Status);
        Assert.Equal(FulfilmentStatus.Kept, FulfilmentRules.TrackCompleted.Status);
    }

    [Fact]
    public void No_decision_is_no_evidence()
    {
        Assert.Equal(FulfilmentRules.NoEvidence, FulfilmentRules.Judge([], false));
    }

    [Fact]
    public void A_clause_whose_promises_differ_is_partly_kept_and_one_whose_promises_agree_takes_their_status()
    {
        Assert.Equal((FulfilmentRules.PromisesDiffer, FulfilmentStatus.Partly), FulfilmentRules.JudgeClause([FulfilmentStatus.Kept, FulfilmentStatus.InProgress]));
        Assert.Equal((FulfilmentRules.PromisesAlike, FulfilmentStatus.InProgress), FulfilmentRules.JudgeClause([FulfilmentStatus.InProgress, FulfilmentStatus.InProgress]));
    }
}
