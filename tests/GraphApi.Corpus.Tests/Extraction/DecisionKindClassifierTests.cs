using GraphApi.Corpus.Extraction;

namespace GraphApi.Corpus.Tests.Extraction;

public class DecisionKindClassifierTests
{
    [Theory]
    [InlineData(11, DecisionKind.Ratification, "Bekrachtiging")]
    [InlineData(12, DecisionKind.PreliminaryDraft, "Voorontwerp")]
    [InlineData(15, DecisionKind.Draft, "Ontwerpdecreet")]
    [InlineData(31, DecisionKind.PreliminaryDraft, "Voorontwerp")]
    [InlineData(40, DecisionKind.Acknowledgement, "neemt kennis")]
    [InlineData(41, DecisionKind.ApprovalInPrinciple, "principiële goedkeuring")]
    [InlineData(57, DecisionKind.Call, "Oproep")]
    public void Classifies_a_decision_by_the_step_its_words_name(int sourceIndex, DecisionKind expected, string words)
    {
        var decision = Corpus.ReadRequest().Decisions[sourceIndex];

        var (kind, match) = DecisionKindClassifier.Classify(decision.Title.Quote, decision.Body?.Quote);

        Assert.Equal(expected, kind);
        Assert.Equal(words, match!.Value);
    }

    [Fact]
    public void A_voorontwerp_that_gets_a_principiele_goedkeuring_is_a_preliminary_draft()
    {
        var (kind, _) = DecisionKindClassifier.Classify("Eigen Vermogen Digitaal Vlaanderen",
            "Voorontwerp van decreet tot wijziging van diverse decreten. De Vlaamse Regering hecht haar principiële goedkeuring aan het voorontwerp.");

        Assert.Equal(DecisionKind.PreliminaryDraft, kind);
    }

    [Fact]
    public void A_decision_that_names_no_step_is_an_approval_without_evidence()
    {
        var (kind, match) = DecisionKindClassifier.Classify("Programma Vlaanderen Radicaal Digitaal 2: uitvoeringsjaar 2022",
            "Voor de invulling van het programma keurt de Vlaamse Regering de gemotiveerde voordracht goed.");

        Assert.Equal(DecisionKind.Approval, kind);
        Assert.Null(match);
    }
}
