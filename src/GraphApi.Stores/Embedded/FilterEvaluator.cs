using System.Collections;
using GraphApi.Graph;
using GraphApi.Stores.Filters;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Evaluates a <see cref="Filter"/> on a node, or on a relationship's properties, in memory.
/// Where the contract is silent it does what a GraphQL user would expect:
/// <list type="bullet">
/// <item>an empty <see cref="AllOf"/> holds and an empty <see cref="AnyOf"/> does not;</item>
/// <item><see cref="Operator.In"/> takes a list (a single value counts as a list of one, as GraphQL
/// coerces it); a null in the list matches a missing or null property, as <c>Eq null</c> does;</item>
/// <item><see cref="Operator.Contains"/>, StartsWith and EndsWith are substring tests on strings (ignoring
/// case only with IgnoreCase) and hold on no other value, so on a list one holds when some element contains the value;</item>
/// <item>Gt, Gte, Lt and Lte compare strings ordinally, so ISO dates ("2021-05-07") compare as dates;</item>
/// <item><see cref="Elements"/> tests its condition on each element of a list property on its own;</item>
/// <item>an empty list property matches nothing, not even <c>Eq null</c>: it has a value, with no elements;</item>
/// <item><see cref="Quantifier.All"/> holds when there are no related nodes, as "every" does in set logic;</item>
/// <item>on a relationship, <c>id</c> is the relationship's id, and a <see cref="Related"/> filter is an error.</item>
/// </list>
/// One evaluator serves one store call about <c>subjects</c> nodes. Per <see cref="Related"/> filter it
/// remembers whether each node at the other end matched, because a call that scans thousands of
/// decisions meets the same few agencies thousands of times; and when the call is large next to the
/// other side (59,000 decisions, a few hundred agencies), it answers from the other side once: the
/// nodes reached backwards from the matching (for All: the non-matching) labelled nodes, so that each
/// subject costs one set look-up. The graph never changes, so the answers are those of a fresh evaluation, and
/// that set is kept for later calls (<see cref="KnownReach"/>).
/// </summary>
internal sealed class FilterEvaluator(GraphIndex index, int subjects)
{
    // Made on the first relationship condition: most calls have none.
    private Dictionary<Related, RelatedAnswers>? _related;

    private sealed class RelatedAnswers
    {
        public readonly Dictionary<Node, bool> OtherMatches = new(ReferenceEqualityComparer.Instance);

        /// <summary>Subjects with an edge to a labelled node that matches (Some, None) or does not (All); null when walking each subject's edges is cheaper.</summary>
        public NodeBits? Reached;
    }

    public bool Matches(Node node, Filter? filter) => Holds(filter, node.Id, node.Properties, node, -1);

    /// <summary>The same for the node at a place, which saves looking the place up for a relationship condition.</summary>
    public bool Matches(int place, Filter? filter)
    {
        var node = index.At(place);
        return Holds(filter, node.Id, node.Properties, node, place);
    }

    /// <summary>
    /// The set of exactly the nodes that match the filter, when the filter is nothing but one <see cref="Quantifier.Some"/>
    /// relationship condition answered from the other side ("decisions naming Digitaal Vlaanderen"); null otherwise.
    /// </summary>
    public NodeBits? Exactly(Filter? filter) =>
        (filter is AllOf { Filters: [var only] } ? only : filter) is Related { Quantifier: Quantifier.Some } related ? Answers(related).Reached : null;

    /// <summary>
    /// Of the conditions that must all hold, the <see cref="Quantifier.Some"/> relationship condition answered from the
    /// other side with the fewest nodes, and exactly those nodes (which may have other labels); null when there is none.
    /// </summary>
    public (NodeBits Reached, Filter Part)? Narrowest(IEnumerable<Filter> conjuncts)
    {
        (NodeBits Reached, Filter Part)? narrowest = null;
        foreach (var part in conjuncts)
        {
            if (part is not Related { Quantifier: Quantifier.Some } related) continue;
            if (Answers(related).Reached is { } reached && (narrowest is null || reached.Count < narrowest.Value.Reached.Count))
                narrowest = (reached, part);
        }
        return narrowest;
    }

    public bool Matches(Relationship relationship, Filter? filter) => Holds(filter, relationship.Id, relationship.Properties, null, -1);

    // node is null when the subject is a relationship, which has no related nodes to quantify over; place is -1 when not known.
    private bool Holds(Filter? filter, string id, IReadOnlyDictionary<string, object?> properties, Node? node, int place)
    {
        switch (filter)
        {
            case null:
                return true;
            case AllOf all:
                for (var i = 0; i < all.Filters.Count; i++)
                    if (!Holds(all.Filters[i], id, properties, node, place)) return false;
                return true;
            case AnyOf any:
                for (var i = 0; i < any.Filters.Count; i++)
                    if (Holds(any.Filters[i], id, properties, node, place)) return true;
                return false;
            case Not not:
                return !Holds(not.Filter, id, properties, node, place);
            case Comparison comparison:
                return Holds(comparison, comparison.Property == "id" ? id : properties.GetValueOrDefault(comparison.Property));
            case Elements elements:
                return Holds(elements, properties.GetValueOrDefault(elements.Property));
            case Related related when node is not null:
                return Holds(related, node, place);
            case Related:
                throw new ArgumentException("A relationship filter cannot test related nodes; filter the other node instead.");
            default:
                throw new ArgumentException($"Unknown filter {filter.GetType().Name}.");
        }
    }

    private bool Holds(Related related, Node node, int place)
    {
        var answers = Answers(related);
        if (answers.Reached is { } reached)
        {
            var reachedIt = reached.Contains(place >= 0 ? place : index.Place(node));
            return related.Quantifier == Quantifier.Some ? reachedIt : !reachedIt;
        }
        var known = answers.OtherMatches;
        foreach (var edge in (place >= 0 ? index.List(place, related.Type, related.Direction) : index.List(node.Id, related.Type, related.Direction)).Edges)
        {
            if (related.OtherLabel is not null && !edge.Other.HasLabel(related.OtherLabel)) continue;
            if (!known.TryGetValue(edge.Other, out var matches))
                known[edge.Other] = matches = Matches(edge.Other, related.Where);
            switch (related.Quantifier)
            {
                case Quantifier.Some when matches: return true;
                case Quantifier.None when matches: return false;
                case Quantifier.All when !matches: return false;
            }
        }
        return related.Quantifier != Quantifier.Some;
    }

    private RelatedAnswers Answers(Related related)
    {
        _related ??= new(ReferenceEqualityComparer.Instance);
        if (_related.TryGetValue(related, out var answers)) return answers;
        var condition = FilterText.Of(related);
        if (index.Reach.Find(condition) is { } known)
            answers = new RelatedAnswers { Reached = known };
        else if ((answers = Prepare(related)).Reached is { } reached)
            index.Reach.Keep(condition, reached);
        _related[related] = answers;
        return answers;
    }

    private RelatedAnswers Prepare(Related related)
    {
        var answers = new RelatedAnswers();
        if (related.OtherLabel is null) return answers;
        var candidates = index.Labelled(related.OtherLabel);
        if (candidates.Count >= subjects) return answers;
        var wanted = related.Quantifier != Quantifier.All;
        var backwards = related.Direction == Direction.Outgoing ? Direction.Incoming : Direction.Outgoing;
        var work = 0L;
        foreach (var candidate in candidates)
        {
            var matches = answers.OtherMatches[candidate] = Matches(candidate, related.Where);
            if (matches == wanted) work += index.Edges(candidate.Id, related.Type, backwards).Count;
        }
        // A subject walks a few edges; reaching backwards pays only when it touches fewer than that.
        if (work > 4L * subjects) return answers;
        var reached = new NodeBits(index.Count);
        foreach (var candidate in candidates)
        {
            if (answers.OtherMatches[candidate] != wanted) continue;
            // An agency named in 16,000 decisions is a hub: its list joins as bits.
            var list = index.List(candidate.Id, related.Type, backwards);
            if (list.Bits is { } hub) reached.Or(hub);
            else foreach (var place in list.Others) reached.Add(place);
        }
        answers.Reached = reached;
        return answers;
    }

    private bool Holds(Elements elements, object? list)
    {
        var values = PropertyValue.IsList(list) ? ((IEnumerable)list!).Cast<object?>() : list is null ? [] : [list];
        foreach (var value in values)
        {
            var matches = Holds(elements.Where, "", new Dictionary<string, object?> { [elements.Property] = value }, null, -1);
            switch (elements.Quantifier)
            {
                case Quantifier.Some when matches: return true;
                case Quantifier.None when matches: return false;
                case Quantifier.All when !matches: return false;
            }
        }
        return elements.Quantifier != Quantifier.Some;
    }

    private static bool Holds(Comparison comparison, object? actual)
    {
        if (actual is null)
            return comparison.Operator switch
            {
                Operator.Eq => comparison.Value is null,
                Operator.In => Candidates(comparison.Value).Any(v => v is null),
                _ => false,
            };
        if (!PropertyValue.IsList(actual)) return HoldsFor(comparison, actual);
        // Lists of strings (names, aliases) are read by index: an enumerator per test adds up over thousands of nodes.
        if (actual is IReadOnlyList<object?> elements)
        {
            for (var i = 0; i < elements.Count; i++)
                if (elements[i] is { } element && HoldsFor(comparison, element)) return true;
            return false;
        }
        foreach (var element in (IEnumerable)actual)
            if (element is not null && HoldsFor(comparison, element)) return true;
        return false;
    }

    private static bool HoldsFor(Comparison comparison, object actual)
    {
        var value = comparison.Value;
        return comparison.Operator switch
        {
            Operator.Eq => Equal(actual, value, comparison.IgnoreCase),
            Operator.In => In(actual, value, comparison.IgnoreCase),
            Operator.Contains => actual is string text && value is string part && text.Contains(part, Comparing(comparison)),
            Operator.StartsWith => actual is string text && value is string part && text.StartsWith(part, Comparing(comparison)),
            Operator.EndsWith => actual is string text && value is string part && text.EndsWith(part, Comparing(comparison)),
            Operator.Gt => value is not null && PropertyValue.Compare(actual, value, comparison.IgnoreCase) > 0,
            Operator.Gte => value is not null && PropertyValue.Compare(actual, value, comparison.IgnoreCase) >= 0,
            Operator.Lt => value is not null && PropertyValue.Compare(actual, value, comparison.IgnoreCase) < 0,
            Operator.Lte => value is not null && PropertyValue.Compare(actual, value, comparison.IgnoreCase) <= 0,
            _ => throw new ArgumentException($"Unknown operator {comparison.Operator}."),
        };
    }

    private static StringComparison Comparing(Comparison comparison) =>
        comparison.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    // Apart from HoldsFor: a lambda there would allocate its captured variables on every comparison.
    private static bool In(object actual, object? values, bool ignoreCase)
    {
        foreach (var value in Candidates(values))
            if (Equal(actual, value, ignoreCase)) return true;
        return false;
    }

    private static bool Equal(object actual, object? value, bool ignoreCase) =>
        value is not null && PropertyValue.Compare(actual, value, ignoreCase) == 0;

    private static IEnumerable<object?> Candidates(object? value) =>
        PropertyValue.IsList(value) ? ((IEnumerable)value!).Cast<object?>() : [value];
}
