namespace GraphApi.Schema.Model;

/// <summary>
/// What the API shows of one node label: its GraphQL object type (named like the label), the
/// properties it exposes, and the relationships it can be followed along. Filters and orders are
/// derived from the same definition, so a new property or relationship is added in one place.
/// </summary>
public sealed record LabelDefinition(string Label, string Description, IReadOnlyList<ScalarField> Scalars, IReadOnlyList<RelationField> Relations)
{
    public ScalarField? Scalar(string name) => Scalars.FirstOrDefault(s => s.Name == name);
}
