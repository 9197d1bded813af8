namespace GraphApi.Graph;

/// <summary>How directly a decision's own words carry what it fulfils; the value of FULFILLS' <c>strength</c> property.</summary>
public static class FulfilStrength
{
    /// <summary>The decision's own words carry the promise's distinctive terms.</summary>
    public const string Direct = "direct";
    /// <summary>The decision only touches the subject.</summary>
    public const string Indirect = "indirect";
}
