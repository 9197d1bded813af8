using GraphApi.Graph;
using GraphApi.Stores;

namespace GraphApi.Schema.Types;

/// <summary>A decision that fulfils a clause, directly or through its promises, with every basis and the evidence.</summary>
public sealed record ClauseFulfilment(Node Decision, IReadOnlyList<string> Bases, double Confidence, IReadOnlyList<Node> Via, IReadOnlyList<Evidence> Sources);

/// <summary>A page of a clause's fulfilments, with its page information.</summary>
public sealed record FulfilmentPage(IReadOnlyList<ClauseFulfilment> Items, NodePage Page);
