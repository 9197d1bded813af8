namespace GraphApi.Stores.Embedded;

internal sealed partial class GraphIndex
{
    private NumberedGraph? _numbered;
    private readonly Lock _numbering = new();

    /// <summary>
    /// The graph with its nodes numbered, for searches that walk far more relationships than they
    /// return. Built on first use, so a store that is never asked for a path does not hold it.
    /// </summary>
    public NumberedGraph Numbered
    {
        get
        {
            if (Volatile.Read(ref _numbered) is { } numbered) return numbered;
            lock (_numbering) return _numbered ??= new NumberedGraph(_nodes.Values, node => Neighbours(node.Id));
        }
    }
}
