using GraphApi.Stores;
using GraphQL;

namespace GraphApi.Schema.Types;

/// <summary>What a connection field resolves to: the page, and for budgets how to sum all of them (which takes more store calls, made only when asked).</summary>
public sealed record Connection(NodePage Page, Func<IResolveFieldContext, object?>? SumOfAmounts = null);
