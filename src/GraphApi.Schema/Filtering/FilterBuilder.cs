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
                    if (definition.Scalar(name) is { Kind: ScalarKind.StringList or ScalarKind.IntList } list) filters.AddRange(Elements(list.Property, value));
                    else if (definition.Scalar(name) is { } scalar) filters.AddRange(Conditions(scalar.Property, value));
                    else if (definition.Relations.FirstOrDefault(r => r.Name == name) is { OtherLabel: not null } relation) filters.AddRange(Related(relation, value));
                    break;
            }
        }
        return filters.Count == 1 ? filters[0] : new AllOf(filters);
    }

    private static List<Filter> Each(LabelDefinition definition, object value) =>
        ((IEnumerable<object?>)value).Select(w => Build(definition, w) ?? new AllOf([])).ToList();

    /// <summary>The conditions of a scalar filter: <c>nX</c> is <c>not X</c>; <c>mode: INSENSITIVE</c> makes every one ignore case.</summary>
    private static IEnumerable<Filter> Conditions(string property, object value)
    {
        var conditions = (IDictionary<string, object?>)value;
        var ignoreCase = conditions.TryGetValue("mode", out var mode) && mode is QueryMode.Insensitive;
        foreach (var (name, operand) in conditions)
        {
            if (name == "mode") continue;
            var negated = name is "neq" or "nin" or "ncontains" or "nstartsWith" or "nendsWith" or "ngt" or "ngte" or "nlt" or "nlte";
            var op = (negated ? name[1..] : name) switch
            {
                "eq" => Operator.Eq,
                "in" => Operator.In,
                "contains" => Operator.Contains,
                "startsWith" => Operator.StartsWith,
                "endsWith" => Operator.EndsWith,
                "gt" => Operator.Gt,
                "gte" => Operator.Gte,
                "lt" => Operator.Lt,
                "lte" => Operator.Lte,
                _ => throw new ArgumentException($"unknown comparison '{name}'"),
            };
            if (operand is null && op != Operator.Eq) continue;
            Filter comparison = new Comparison(property, op, Normalise(operand), ignoreCase);
            yield return negated ? new Not(comparison) : comparison;
        }
    }

    private static IEnumerable<Filter> Elements(string property, object value)
    {
        foreach (var (name, operand) in (IDictionary<string, object?>)value)
        {
            if (operand is null) continue;
            yield return name switch
            {
                "any" => new Elements((bool)operand ? Quantifier.Some : Quantifier.None, property, new AllOf([])),
                _ => new Elements(QuantifierOf(name), property, Conjunction(Conditions(property, operand).ToList())),
            };
        }
    }

    private static IEnumerable<Filter> Related(RelationField relation, object value)
    {
        foreach (var (name, where) in (IDictionary<string, object?>)value)
        {
            if (where is null) continue;
            yield return name == "any"
                ? new Related((bool)where ? Quantifier.Some : Quantifier.None, relation.Type, relation.Direction, relation.OtherLabel, null)
                : new Related(QuantifierOf(name), relation.Type, relation.Direction, relation.OtherLabel, Build(Labels.Of(relation.OtherLabel!), where));
        }
    }

    private static Quantifier QuantifierOf(string name) => name switch
    {
        "some" => Quantifier.Some,
        "none" => Quantifier.None,
        _ => Quantifier.All,
    };

    private static Filter Conjunction(List<Filter> filters) => filters.Count == 1 ? filters[0] : new AllOf(filters);

    /// <summary>GraphQL gives Int as int; the store keeps whole numbers as long.</summary>
    private static object? Normalise(object? value) => value switch
    {
        int i => (long)i,
        string s => s,
        System.Collections.IEnumerable items => items.Cast<object?>().Select(Normalise).ToList(),
        _ => value,
    };
}
