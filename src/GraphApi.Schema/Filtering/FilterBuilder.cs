using GraphApi.Schema.Model;
using GraphApi.Stores.Filters;

namespace GraphApi.Schema.Filtering;

/// <summary>Turns a GraphQL <c>where</c> argument into a store <see cref="Filter"/>: data, never query text.</summary>
public static class FilterBuilder
{
    public static Filter? Build(LabelDefinition definition, object? where)
    {
        if (where is not IDictionary<string, object?> fields) return null;
        var filters = new List<Filter>();
        foreach (var (name, value) in fields)
        {
            if (value is null) continue;
            switch (name)
            {
                case "and": filters.Add(new AllOf(Each(definition, value))); break;
                case "or": filters.Add(new AnyOf(Each(definition, value))); break;
                case "not": filters.Add(new Not(Build(definition, value) ?? new AllOf([]))); break;
                case "id": filters.AddRange(Conditions("id", value)); break;
                default:
                    if (definition.Scalar(name) is { } scalar) filters.AddRange(Conditions(scalar.Property, value));
                    else if (definition.Relations.FirstOrDefault(r => r.Name == name) is { OtherLabel: not null } relation) filters.AddRange(Related(relation, value));
                    break;
            }
        }
        return filters.Count == 1 ? filters[0] : new AllOf(filters);
    }

    private static List<Filter> Each(LabelDefinition definition, object value) =>
        ((IEnumerable<object?>)value).Select(w => Build(definition, w) ?? new AllOf([])).ToList();

    private static IEnumerable<Filter> Conditions(string property, object value)
    {
        foreach (var (name, operand) in (IDictionary<string, object?>)value)
        {
            var op = name switch
            {
                "eq" => Operator.Eq,
                "in" => Operator.In,
                "contains" => Operator.Contains,
                "gte" => Operator.Gte,
                "lte" => Operator.Lte,
                _ => throw new ArgumentException($"unknown comparison '{name}'"),
            };
            if (operand is null && op != Operator.Eq) continue;
            yield return new Comparison(property, op, Normalise(operand));
        }
    }

    private static IEnumerable<Filter> Related(RelationField relation, object value)
    {
        foreach (var (name, where) in (IDictionary<string, object?>)value)
        {
            var quantifier = name switch { "some" => Quantifier.Some, "none" => Quantifier.None, _ => Quantifier.All };
            yield return new Related(quantifier, relation.Type, relation.Direction, relation.OtherLabel, Build(Labels.Of(relation.OtherLabel!), where));
        }
    }

    /// <summary>GraphQL gives Int as int; the store keeps whole numbers as long.</summary>
    private static object? Normalise(object? value) => value switch
    {
        int i => (long)i,
        string s => s,
        System.Collections.IEnumerable items => items.Cast<object?>().Select(Normalise).ToList(),
        _ => value,
    };
}
