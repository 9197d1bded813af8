using GraphApi.Stores;
using GraphApi.Stores.Filters;
using GraphApi.Graph;

namespace GraphApi.Schema.Extensions;

/// <summary>Filters that find an agency or programme by its id, canonical name or any alias, ignoring case.</summary>
public static class NameMatch
{
    public static Filter Named(string name) => new AnyOf(
    [
        new Comparison("id", Operator.Eq, name, IgnoreCase: true),
        new Comparison("name", Operator.Eq, name, IgnoreCase: true),
        new Comparison("aliases", Operator.Eq, name, IgnoreCase: true),
    ]);

    /// <summary>Decisions that name the agency.</summary>
    public static Filter ViaAgency(string agency) => new Related(Quantifier.Some, RelationshipType.Involves, Direction.Outgoing, NodeLabel.Agency, Named(agency));

    /// <summary>Decisions that name the programme or one of its editions or projects.</summary>
    public static Filter ViaProgramme(string programme) => new Related(Quantifier.Some, RelationshipType.Mentions, Direction.Outgoing, NodeLabel.Programme,
        new AnyOf([Named(programme), new Related(Quantifier.Some, RelationshipType.PartOf, Direction.Outgoing, NodeLabel.Programme, Named(programme))]));
}
