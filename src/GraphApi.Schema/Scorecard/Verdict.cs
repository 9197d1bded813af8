using GraphApi.Graph;

namespace GraphApi.Schema.Scorecard;

/// <summary>
/// A decision judged as evidence: the step rule that fired, whether it fulfils the promise or clause
/// itself (<see cref="Linked"/>) or is the later, final step of the track of one that does, the money
/// it provides, the quotes that tie it to what it fulfils, and which way and how directly it points
/// (a track's later step points as the step of the track that is linked).
/// </summary>
public sealed record JudgedStep(Node Decision, StepRule Rule, bool Linked, IReadOnlyList<Node> Budgets, IReadOnlyList<Evidence> Quotes, Leaning Leaning)
{
    public string? Date => Decision.Get<string>("date");

    public string DateText => Date ?? DateUnknown;

    public const string DateUnknown = "date unknown";
}

/// <summary>How well a promise or clause was kept, the rule that decided it, the reason in words, the evidence and the part of it the rule rests on.</summary>
public sealed record Verdict(string TargetId, FulfilmentStatus Status, StatusRule Rule, string Explanation, IReadOnlyList<JudgedStep> Evidence, IReadOnlyList<JudgedStep> Deciding);
