using System.Collections.Concurrent;
using GraphApi.Graph;

namespace GraphApi.Stores.Embedded;

/// <summary>
/// Every node's relationships as numbers: node n's neighbours are <c>Other[Start[n]..Start[n + 1]]</c>,
/// in the order of <see cref="GraphIndex.Neighbours"/> (relationship id order). A breadth-first
/// search over hubs walks hundreds of thousands of relationships; as array reads instead of lookups
/// by id it costs a few nanoseconds a relationship instead of tens.
/// </summary>
internal sealed class NumberedGraph
{
    private readonly Node[] _nodes;
    private readonly IReadOnlyList<Edge>[] _edges;
    private readonly IReadOnlyDictionary<Node, int> _numbers;
    private readonly ConcurrentBag<PathSearchState> _states = [];

    /// <param name="nodes">The nodes, each at its number.</param>
    /// <param name="numbers">Each node's number: its place in <paramref name="nodes"/>.</param>
    public NumberedGraph(Node[] nodes, IReadOnlyDictionary<Node, int> numbers, Func<Node, IReadOnlyList<Edge>> neighbours)
    {
        _nodes = nodes;
        _numbers = numbers;
        _edges = Array.ConvertAll(_nodes, node => neighbours(node));

        Start = new int[_nodes.Length + 1];
        for (var n = 0; n < _nodes.Length; n++) Start[n + 1] = Start[n] + _edges[n].Count;
        Other = new int[Start[^1]];
        for (var n = 0; n < _nodes.Length; n++)
        {
            var edges = _edges[n];
            for (var i = 0; i < edges.Count; i++) Other[Start[n] + i] = _numbers[edges[i].Other];
        }
    }

    public int Count => _nodes.Length;

    /// <summary>Where each node's neighbours begin in <see cref="Other"/>; one more entry than nodes.</summary>
    public int[] Start { get; }

    /// <summary>The other node of every relationship, grouped by node.</summary>
    public int[] Other { get; }

    public int Number(Node node) => _numbers[node];

    public Node Node(int number) => _nodes[number];

    public int Degree(int node) => Start[node + 1] - Start[node];

    /// <summary>The relationship at a position of <see cref="Other"/> among the neighbours of the node that owns it.</summary>
    public Relationship Relationship(int owner, int position) => _edges[owner][position - Start[owner]].Relationship;

    /// <summary>A cleared search state sized for this graph, reused across searches: clearing it costs nothing per node.</summary>
    public PathSearchState RentState()
    {
        if (!_states.TryTake(out var state)) state = new PathSearchState(Count);
        state.Clear();
        return state;
    }

    public void Return(PathSearchState state) => _states.Add(state);
}
