using GraphApi.Stores.Filters;

namespace GraphApi.Stores;

/// <summary>
/// The nodes of one label matching <see cref="Where"/>, sorted by <see cref="Order"/> (then by id, so
/// that pages never overlap), <see cref="First"/> of them after the cursor <see cref="After"/>; or, when
/// <see cref="Last"/> is given, the last ones before <see cref="Before"/> (see <see cref="Stores.Window"/>);
/// with the min and max of the <see cref="Aggregated"/> properties over all matches.
/// </summary>
public sealed record NodeQuery(string Label, Filter? Where, IReadOnlyList<Order> Order, int First, string? After, int? Last = null, string? Before = null, IReadOnlyList<string>? Aggregated = null)
{
    public Window Window => new(First, After, Last, Before);
}
