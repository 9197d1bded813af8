using GraphApi.Graph;
using GraphApi.Schema.Types;
using GraphApi.Stores;

namespace GraphApi.Schema.Extensions;

/// <summary>
/// The order of a clause's fulfilments: by date, undated last, then by place in the source, then by id.
/// Keys are read once per decision, and dates compare ordinally: they are all yyyy-MM-dd, so this is
/// the calendar order, without the cost of a culture-aware comparison.
/// </summary>
internal sealed class OldestFirst : IComparer<(string Date, long SourceIndex, string Id)>
{
    public static readonly OldestFirst Instance = new();

    /// <summary>The same order for a store: missing dates sort last, and the store ends on the id.</summary>
    public static readonly IReadOnlyList<Order> Order = [new("date"), new("sourceIndex")];

    public static (string Date, long SourceIndex, string Id) Key(Node decision) =>
        (decision.Get<string>("date") ?? "9999", decision.Get<long>("sourceIndex"), decision.Id);

    public int Compare((string Date, long SourceIndex, string Id) x, (string Date, long SourceIndex, string Id) y)
    {
        var byDate = string.CompareOrdinal(x.Date, y.Date);
        if (byDate != 0) return byDate;
        var bySource = x.SourceIndex.CompareTo(y.SourceIndex);
        return bySource != 0 ? bySource : string.CompareOrdinal(x.Id, y.Id);
    }
}
