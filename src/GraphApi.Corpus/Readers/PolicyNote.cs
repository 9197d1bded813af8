namespace GraphApi.Corpus.Readers;

/// <summary>
/// What a beleidsnota says: its policy fields, the objectives and indicators of each, and the annex
/// of planned initiatives. Objective numbers repeat across fields, so an objective is found by both.
/// </summary>
public sealed record PolicyNote(
    IReadOnlyList<PolicyField> Fields,
    IReadOnlyList<PolicyObjective> Objectives,
    IReadOnlyList<PolicyIndicator> Indicators,
    IReadOnlyList<PolicyInitiative> Initiatives)
{
    public PolicyObjective? Objective(string field, string number) =>
        Objectives.FirstOrDefault(o => o.Field == field && o.Number == number);
}
