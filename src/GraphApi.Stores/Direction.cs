namespace GraphApi.Stores;

/// <summary>Which way a relationship is followed from the node at hand.</summary>
public enum Direction
{
    /// <summary>From start to end: Decision -INVOLVES-> Agency, seen from the decision.</summary>
    Outgoing,
    /// <summary>From end to start: the same relationship seen from the agency.</summary>
    Incoming,
}
