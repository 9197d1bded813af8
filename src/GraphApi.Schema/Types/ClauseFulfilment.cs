using GraphApi.Graph;
using GraphApi.Schema.Scorecard;
using GraphApi.Stores;

namespace GraphApi.Schema.Types;

/// <summary>One FULFILLS relationship of a decision to the clause (<see cref="Via"/> null) or to one of its promises.</summary>
public readonly record struct FulfilmentLink(Edge Edge, Node? Via);

/// <summary>
/// A decision that fulfils a clause, directly or through its promises, with every basis, the evidence, and the links
/// on which it goes against the clause or a promise. Worked out from the links when first asked: the scorecard
/// reads all of a clause's fulfilments, but only some of what each says.
/// </summary>
public sealed class ClauseFulfilment(Node decision, IReadOnlyList<FulfilmentLink> links)
{
    public Node Decision => decision;

    public IReadOnlyList<string> Bases => field ??= DistinctBases();

    public double Confidence
    {
        get
        {
            var highest = double.MinValue;
            for (var i = 0; i < links.Count; i++) highest = Math.Max(highest, links[i].Edge.Relationship.Get<double>("confidence"));
            return links.Count == 0 ? throw new InvalidOperationException("A fulfilment has at least one link.") : highest;
        }
    }

    public IReadOnlyList<Node> Via => field ??= links.Select(l => l.Via).OfType<Node>().DistinctBy(n => n.Id).ToList();

    public IReadOnlyList<Evidence> Sources => field ??= links.SelectMany(l => l.Edge.Relationship.Sources).Distinct().ToList();

    public IReadOnlyList<Contradiction> Against => field ??= links
        .Select(l => new Contradiction(decision, l.Via, Leaning.Of(l.Edge.Relationship, decision))).Where(c => c.Leaning.Against).ToList();

    private List<string> DistinctBases()
    {
        var bases = new List<string>(links.Count);
        for (var i = 0; i < links.Count; i++)
            if (links[i].Edge.Relationship.Get<string>("basis") is { } basis && !bases.Contains(basis)) bases.Add(basis);
        bases.Sort(StringComparer.Ordinal);
        return bases;
    }
}

/// <summary>A decision that goes against the clause (<see cref="Promise"/> null) or one of its promises, with the words that show it.</summary>
public sealed record Contradiction(Node Decision, Node? Promise, Leaning Leaning);

/// <summary>A page of a clause's fulfilments, with its page information.</summary>
public sealed record FulfilmentPage(IReadOnlyList<ClauseFulfilment> Items, NodePage Page)
{
    public static readonly FulfilmentPage None = new([], new NodePage([], [], 0, false, false));
}
