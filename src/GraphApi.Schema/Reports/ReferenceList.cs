using GraphApi.Graph;

namespace GraphApi.Schema.Reports;

/// <summary>The decisions a report cites, numbered [0], [1] ... in the order they are first cited.</summary>
public sealed class ReferenceList
{
    private readonly List<Node> _decisions = [];

    public IReadOnlyList<Node> Decisions => _decisions;

    /// <summary>The decision's marker, <c>[n]</c>, numbering it if it is cited for the first time.</summary>
    public string Cite(Node decision)
    {
        var index = _decisions.FindIndex(d => d.Id == decision.Id);
        if (index < 0)
        {
            _decisions.Add(decision);
            index = _decisions.Count - 1;
        }
        return $"[{index}]";
    }
}
