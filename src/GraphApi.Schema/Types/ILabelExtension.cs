namespace GraphApi.Schema.Types;

/// <summary>Fields of one label that are more than a property or a relationship: aggregates, rich traversals.</summary>
public interface ILabelExtension
{
    string Label { get; }

    void Extend(LabelType type);
}
