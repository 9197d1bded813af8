using GraphApi.Graph;
using GraphApi.Stores;

namespace GraphApi.Schema.Types;

/// <summary>A decision that fulfils a clause, directly or through its promises, with every basis, the evidence, and the links on which it goes against the clause or a promise.</summary>
public sealed record ClauseFulfilment(Node Decision, IReadOnlyList<string> Bases, double Confidence, IReadOnlyList<Node> Via, IReadOnlyList<Evidence> Sources, IReadOnlyList<Contradiction> Against);

/// <summary>A decision that goes against the clause (<see cref="Promise"/> null) or one of its promises, with the words that show it.</summary>
public sealed record Contradiction(Node Decision, Node? Promise, Scorecard.Leaning Leaning);

/// <summary>A page of a clause's fulfilments, with its page information.</summary>
public sealed record FulfilmentPage(IReadOnlyList<ClauseFulfilment> Items, NodePage Page);
