using System.Collections.ObjectModel;
using System.Diagnostics;

namespace GraphApi.Tests.Operations;

/// <summary>
/// Where the in-memory exporter puts finished spans. Locked, because the sources are process-wide: other tests' hosts,
/// running at the same time, end spans into it too (tests pick their own by trace id).
/// </summary>
public sealed class SpanList : Collection<Activity>
{
    public Activity[] Snapshot()
    {
        lock (Items) return [.. Items];
    }

    protected override void InsertItem(int index, Activity item)
    {
        lock (Items) base.InsertItem(index, item);
    }
}
