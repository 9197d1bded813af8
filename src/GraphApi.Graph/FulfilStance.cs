namespace GraphApi.Graph;

/// <summary>Which way a FULFILLS link points; the value of its <c>stance</c> property.</summary>
public static class FulfilStance
{
    /// <summary>The decision does what the promise names.</summary>
    public const string Supports = "supports";
    /// <summary>The decision does the opposite: moves the promised role away, abolishes, postpones or cuts what the promise names.</summary>
    public const string Contradicts = "contradicts";
}
