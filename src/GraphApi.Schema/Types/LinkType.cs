using System.Globalization;
using GraphQL.Types;

namespace GraphApi.Schema.Types;

/// <summary>Any relationship with its properties and evidence, and the node at its other end.</summary>
public sealed class LinkType : ObjectGraphType<Link>
{
    public LinkType()
    {
        Name = "Link";
        Description = "A relationship seen from one of its nodes: its type, direction, properties and evidence, and the node at the other end.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Relationship.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Description("PART_OF, FULFILLS, DECIDED_BY, INVOLVES, FUNDS, ALLOCATES, FOLLOWS, RESPONSIBLE_FOR, MEASURES, MENTIONS, CITES or EVALUATES.").Resolve(c => c.Source.Relationship.Type);
        Field<NonNullGraphType<LinkDirectionType>>("direction").Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<NodeInterface>>("node").Description("The node at the other end.").Resolve(c => c.Source.Node);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties").Description("The relationship's properties, e.g. basis and confidence of FULFILLS.")
            .Resolve(c => PropertyType.Of(c.Source.Relationship));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceType>>>>("sources").Resolve(c => c.Source.Relationship.Sources);
    }

    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        System.Collections.IEnumerable items => string.Join(", ", items.Cast<object?>().Select(Text)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

public sealed class PropertyType : ObjectGraphType<KeyValuePair<string, string?>>
{
    public PropertyType()
    {
        Name = "Property";
        Description = "A property of a relationship, its value as text.";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Key);
        Field<StringGraphType>("value").Resolve(c => c.Source.Value);
    }

    public static List<KeyValuePair<string, string?>> Of(GraphApi.Graph.Relationship relationship) =>
        relationship.Properties.Select(p => new KeyValuePair<string, string?>(p.Key, LinkType.Text(p.Value))).ToList();
}
