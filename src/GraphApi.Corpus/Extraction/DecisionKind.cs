namespace GraphApi.Corpus.Extraction;

/// <summary>
/// The step a decision takes, as the Flemish Government's decision texts name it. The order of the
/// values is the order of the steps of one decree or order (besluit).
/// </summary>
public enum DecisionKind
{
    /// <summary>Kennisname: the government takes note, decides nothing.</summary>
    Acknowledgement,
    /// <summary>Oproep / projectoproep / reglement: a call for projects is launched or its rules set.</summary>
    Call,
    /// <summary>Principiële goedkeuring without a draft text: approval in principle.</summary>
    ApprovalInPrinciple,
    /// <summary>Voorontwerp (van decreet of besluit): the first, preliminary draft.</summary>
    PreliminaryDraft,
    /// <summary>Ontwerp(decreet/besluit): the draft, after advice.</summary>
    Draft,
    /// <summary>Goedkeuring / invulling / toewijzing: the government approves or allocates.</summary>
    Approval,
    /// <summary>Bekrachtiging en afkondiging: a decree is ratified and promulgated.</summary>
    Ratification,
}
