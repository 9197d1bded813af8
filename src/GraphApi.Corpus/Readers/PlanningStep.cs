using GraphApi.Graph;

namespace GraphApi.Corpus.Readers;

/// <summary>One step of an initiative's indicative planning: "Definitieve goedkeuring VR: medio 2025".</summary>
public sealed record PlanningStep(string Label, string? When, Evidence Source)
{
    public override string ToString() => When is null ? Label : $"{Label}: {When}";
}
