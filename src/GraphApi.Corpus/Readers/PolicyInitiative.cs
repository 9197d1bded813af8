using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>
/// A planned beleids- or regelgevingsinitiatief from the annex: its title, description, indicative
/// planning and the organisations involved (<see cref="EntitiesLine"/> as written, <c>null</c> when the
/// document gives none).
/// </summary>
public sealed record PolicyInitiative(
    string Kind,
    string Title,
    string? Field,
    string Text,
    IReadOnlyList<PlanningStep> Planning,
    string? EntitiesLine,
    IReadOnlyList<InvolvedEntity> Entities,
    Evidence Heading);
