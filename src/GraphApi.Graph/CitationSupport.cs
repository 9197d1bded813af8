namespace GraphApi.Graph;

/// <summary>How far a cited decision's own text bears out the words that cite it; the values of CITES' <c>support</c>.</summary>
public static class CitationSupport
{
    /// <summary>The decision's text carries enough of what the citing words claim to bear it out (CitationChecker.SupportedFrom).</summary>
    public const string Supported = "SUPPORTED";
    /// <summary>The decision's text carries part of the claim: it is about the subject, not clearly about the claim.</summary>
    public const string Weak = "WEAK";
    /// <summary>The decision's text carries little of the claim, or there is no such decision.</summary>
    public const string Unsupported = "UNSUPPORTED";
}
